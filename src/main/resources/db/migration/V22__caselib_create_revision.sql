create sequence case_revision_seq start with 50 increment by 50;

create table case_revision (
  id          bigint          not null,
  case_id     bigint          not null,
  rev_number  integer         not null,
  author_id   bigint,
  at          timestamp with time zone not null,
  changed     varchar(1000)   not null,
  snapshot    varchar(400000) not null,
  constraint pk_case_revision primary key (id),
  constraint uq_case_revision_number unique (case_id, rev_number),
  constraint fk_case_revision_case foreign key (case_id) references case_record (id),
  constraint fk_case_revision_author foreign key (author_id) references member_account (id)
);
create index ix_case_revision_author on case_revision (author_id);
