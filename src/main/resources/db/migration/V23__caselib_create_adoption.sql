create sequence case_adoption_seq start with 50 increment by 50;

create table case_adoption (
  id               bigint        not null,
  case_id          bigint        not null,
  municipality_id  bigint        not null,
  member_id        bigint        not null,
  stage            varchar(20)   not null,
  note             varchar(2000),
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null,
  constraint pk_case_adoption primary key (id),
  constraint uq_case_adoption unique (case_id, municipality_id),
  constraint fk_case_adoption_case foreign key (case_id) references case_record (id),
  constraint fk_case_adoption_municipality foreign key (municipality_id) references municipality (id),
  constraint fk_case_adoption_member foreign key (member_id) references member_account (id)
);
create index ix_case_adoption_municipality on case_adoption (municipality_id);
create index ix_case_adoption_member on case_adoption (member_id);
