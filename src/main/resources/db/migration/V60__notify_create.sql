-- In-app notifications and the bookkeeping of e-mail digests.
create sequence notification_seq start with 50 increment by 50;
create table notification (
  id         bigint        not null,
  member_id  bigint        not null,
  type       varchar(40)   not null,
  title      varchar(300)  not null,
  link       varchar(300)  not null,
  excerpt    varchar(600),
  mailable   boolean       not null,
  created_at timestamp with time zone not null,
  read_at    timestamp with time zone,
  mailed_at  timestamp with time zone,
  constraint pk_notification primary key (id),
  constraint fk_notification_member foreign key (member_id) references member_account (id) on delete cascade
);
create index ix_notification_member on notification (member_id, created_at);
create index ix_notification_unread on notification (member_id, read_at);

create table notify_digest (
  member_id    bigint      not null,
  kind         varchar(10) not null,
  last_sent_at timestamp with time zone not null,
  constraint pk_notify_digest primary key (member_id, kind),
  constraint fk_notify_digest_member foreign key (member_id) references member_account (id) on delete cascade,
  constraint ck_notify_digest_kind check (kind in ('DAILY', 'WEEKLY'))
);
