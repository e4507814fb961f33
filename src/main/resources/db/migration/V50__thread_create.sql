-- Discussion threads: a question with answers, votes, flags and answer revisions.
create sequence thread_seq start with 50 increment by 50;
create table discussion_thread (
  id                 bigint        not null,
  title              varchar(200)  not null,
  body               varchar(20000) not null,
  topic              varchar(100)  not null,
  case_id            bigint,
  author_id          bigint        not null,
  author_municipality_id bigint,
  visibility         varchar(12)   not null,
  hidden             boolean       not null default false,
  locked             boolean       not null default false,
  accepted_answer_id bigint,
  answer_count       integer       not null default 0,
  created_at         timestamp with time zone not null,
  updated_at         timestamp with time zone not null,
  first_answer_at    timestamp with time zone,
  accepted_at        timestamp with time zone,
  version            bigint        not null default 0,
  constraint pk_discussion_thread primary key (id),
  constraint fk_thread_author foreign key (author_id) references member_account (id),
  constraint fk_thread_municipality foreign key (author_municipality_id) references municipality (id),
  constraint ck_thread_visibility check (visibility in ('PUBLIC', 'NETWORK', 'RESTRICTED'))
);
create index ix_thread_author on discussion_thread (author_id);
create index ix_thread_municipality on discussion_thread (author_municipality_id);
create index ix_thread_topic_created on discussion_thread (topic, created_at);
create index ix_thread_case on discussion_thread (case_id);

create table thread_tag (
  thread_id bigint       not null,
  tag       varchar(60)  not null,
  constraint pk_thread_tag primary key (thread_id, tag),
  constraint fk_thread_tag_thread foreign key (thread_id) references discussion_thread (id) on delete cascade
);
create index ix_thread_tag_tag on thread_tag (tag);

create table thread_shared_municipality (
  thread_id       bigint not null,
  municipality_id bigint not null,
  constraint pk_thread_shared_municipality primary key (thread_id, municipality_id),
  constraint fk_thread_shared_thread foreign key (thread_id) references discussion_thread (id) on delete cascade,
  constraint fk_thread_shared_municipality foreign key (municipality_id) references municipality (id)
);
create index ix_thread_shared_municipality on thread_shared_municipality (municipality_id);

create sequence answer_seq start with 50 increment by 50;
create table thread_answer (
  id                bigint         not null,
  thread_id         bigint         not null,
  author_id         bigint         not null,
  body              varchar(20000) not null,
  score             integer        not null default 0,
  revision          integer        not null default 1,
  hidden            boolean        not null default false,
  client_request_id varchar(100),
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null,
  version           bigint         not null default 0,
  constraint pk_thread_answer primary key (id),
  constraint fk_answer_thread foreign key (thread_id) references discussion_thread (id) on delete cascade,
  constraint fk_answer_author foreign key (author_id) references member_account (id),
  constraint uq_answer_client_request unique (author_id, client_request_id)
);
create index ix_answer_thread on thread_answer (thread_id);
create index ix_answer_author on thread_answer (author_id);

create sequence answer_revision_seq start with 50 increment by 50;
create table answer_revision (
  id         bigint         not null,
  answer_id  bigint         not null,
  revision   integer        not null,
  body       varchar(20000) not null,
  editor_id  bigint         not null,
  created_at timestamp with time zone not null,
  constraint pk_answer_revision primary key (id),
  constraint fk_answer_revision_answer foreign key (answer_id) references thread_answer (id) on delete cascade,
  constraint uq_answer_revision unique (answer_id, revision)
);

create table answer_vote (
  answer_id bigint   not null,
  member_id bigint   not null,
  vote      smallint not null,
  constraint pk_answer_vote primary key (answer_id, member_id),
  constraint fk_vote_answer foreign key (answer_id) references thread_answer (id) on delete cascade,
  constraint fk_vote_member foreign key (member_id) references member_account (id),
  constraint ck_vote_value check (vote in (-1, 1))
);
create index ix_vote_member on answer_vote (member_id);

create sequence content_flag_seq start with 50 increment by 50;
create table content_flag (
  id          bigint        not null,
  kind        varchar(10)   not null,
  target_id   bigint        not null,
  thread_id   bigint        not null,
  reporter_id bigint        not null,
  reason      varchar(1000) not null,
  created_at  timestamp with time zone not null,
  resolved_at timestamp with time zone,
  resolution  varchar(20),
  constraint pk_content_flag primary key (id),
  constraint fk_flag_thread foreign key (thread_id) references discussion_thread (id) on delete cascade,
  constraint fk_flag_reporter foreign key (reporter_id) references member_account (id),
  constraint ck_flag_kind check (kind in ('THREAD', 'ANSWER'))
);
create index ix_flag_open on content_flag (resolved_at, created_at);
create index ix_flag_thread on content_flag (thread_id);
create index ix_flag_reporter on content_flag (reporter_id);
