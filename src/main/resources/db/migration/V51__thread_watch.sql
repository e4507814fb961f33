-- What members watch: a thread, a case, a topic or a municipality, at a level.
create sequence watch_seq start with 50 increment by 50;
create table watch (
  id         bigint       not null,
  member_id  bigint       not null,
  kind       varchar(20)  not null,
  target     varchar(100) not null,
  level      varchar(30)  not null,
  created_at timestamp with time zone not null,
  constraint pk_watch primary key (id),
  constraint fk_watch_member foreign key (member_id) references member_account (id) on delete cascade,
  constraint uq_watch unique (member_id, kind, target),
  constraint ck_watch_kind check (kind in ('THREAD', 'CASE', 'TOPIC', 'MUNICIPALITY')),
  constraint ck_watch_level check (level in ('ALL', 'MENTIONS_AND_REPLIES', 'MUTED'))
);
create index ix_watch_target on watch (kind, target);
