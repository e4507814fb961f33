create sequence member_seq start with 50 increment by 50;

create table member_account (
  id             bigint        not null,
  email          varchar(254)  not null,
  display_name   varchar(120)  not null,
  password_hash  varchar(400),
  municipality_id bigint,
  organisation   varchar(200),
  position       varchar(200),
  affiliation    varchar(200),
  bio            varchar(2000),
  language       varchar(2)    not null default 'de',
  email_frequency varchar(20)  not null default 'IMMEDIATE',
  verified       boolean       not null default false,
  erased_at      timestamp with time zone,
  created_at     timestamp with time zone not null,
  version        bigint        not null default 0,
  constraint pk_member_account primary key (id),
  constraint uq_member_account_email unique (email),
  constraint fk_member_account_municipality foreign key (municipality_id) references municipality (id)
);
create index ix_member_account_municipality on member_account (municipality_id);

create table member_role (
  member_id  bigint      not null,
  role       varchar(20) not null,
  constraint pk_member_role primary key (member_id, role),
  constraint fk_member_role_member foreign key (member_id) references member_account (id) on delete cascade
);
create index ix_member_role_role on member_role (role);

create table member_topic (
  member_id  bigint       not null,
  topic      varchar(100) not null,
  constraint pk_member_topic primary key (member_id, topic),
  constraint fk_member_topic_member foreign key (member_id) references member_account (id) on delete cascade
);
create index ix_member_topic_topic on member_topic (topic);

create sequence auth_token_seq start with 50 increment by 50;
create table auth_token (
  id            bigint       not null,
  member_id     bigint       not null,
  kind          varchar(10)  not null,
  name          varchar(100),
  token_hash    varchar(64)  not null,
  csrf_hash     varchar(64),
  created_at    timestamp with time zone not null,
  expires_at    timestamp with time zone,
  last_used_at  timestamp with time zone,
  revoked_at    timestamp with time zone,
  constraint pk_auth_token primary key (id),
  constraint uq_auth_token_hash unique (token_hash),
  constraint fk_auth_token_member foreign key (member_id) references member_account (id)
);
create index ix_auth_token_member on auth_token (member_id);

create sequence invitation_seq start with 50 increment by 50;
create table invitation (
  id              bigint       not null,
  email           varchar(254) not null,
  roles           varchar(100) not null,
  municipality_id bigint,
  invited_by      bigint       not null,
  token_hash      varchar(64)  not null,
  created_at      timestamp with time zone not null,
  expires_at      timestamp with time zone not null,
  accepted_at     timestamp with time zone,
  revoked_at      timestamp with time zone,
  constraint pk_invitation primary key (id),
  constraint uq_invitation_token unique (token_hash),
  constraint fk_invitation_municipality foreign key (municipality_id) references municipality (id),
  constraint fk_invitation_invited_by foreign key (invited_by) references member_account (id)
);
create index ix_invitation_email on invitation (email);

create sequence password_reset_seq start with 50 increment by 50;
create table password_reset (
  id          bigint      not null,
  member_id   bigint      not null,
  token_hash  varchar(64) not null,
  created_at  timestamp with time zone not null,
  expires_at  timestamp with time zone not null,
  used_at     timestamp with time zone,
  constraint pk_password_reset primary key (id),
  constraint uq_password_reset_token unique (token_hash),
  constraint fk_password_reset_member foreign key (member_id) references member_account (id)
);

create sequence login_failure_seq start with 50 increment by 50;
create table login_failure (
  id       bigint       not null,
  email    varchar(254) not null,
  address  varchar(64)  not null,
  at       timestamp with time zone not null,
  constraint pk_login_failure primary key (id)
);
create index ix_login_failure_email_at on login_failure (email, at);
create index ix_login_failure_address_at on login_failure (address, at);
