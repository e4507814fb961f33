create sequence audit_seq start with 50 increment by 50;

create table audit_entry (
  id          bigint        not null,
  at          timestamp with time zone not null,
  actor_id    bigint,
  actor_name  varchar(200),
  action      varchar(60)   not null,
  target      varchar(200),
  detail      varchar(1000),
  address     varchar(64),
  constraint pk_audit_entry primary key (id)
);

create index ix_audit_entry_at on audit_entry (at);
create index ix_audit_entry_action on audit_entry (action);
