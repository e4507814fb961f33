create sequence case_seq start with 50 increment by 50;

create table case_record (
  id                  bigint         not null,
  title               varchar(200)   not null,
  summary             varchar(500),
  body                varchar(100000) not null,
  municipality_id     bigint         not null,
  author_id           bigint         not null,
  contact_id          bigint,
  topic               varchar(100),
  phase               varchar(20)    not null,
  start_date          date,
  end_date            date,
  budget_eur          numeric(15, 2),
  funding_programme   varchar(200),
  funding_rate        numeric(5, 2),
  lessons_good        varchar(20000),
  lessons_bad         varchar(20000),
  status              varchar(10)    not null,
  visibility          varchar(12)    not null,
  revision            integer        not null,
  latest_measured_at  date,
  kpi_reminded_at     timestamp with time zone,
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  published_at        timestamp with time zone,
  deleted_at          timestamp with time zone,
  version             bigint         not null default 0,
  constraint pk_case_record primary key (id),
  constraint fk_case_record_municipality foreign key (municipality_id) references municipality (id),
  constraint fk_case_record_author foreign key (author_id) references member_account (id),
  constraint fk_case_record_contact foreign key (contact_id) references member_account (id),
  constraint ck_case_record_budget check (budget_eur is null or budget_eur >= 0),
  constraint ck_case_record_funding_rate check (funding_rate is null or (funding_rate >= 0 and funding_rate <= 100)),
  constraint ck_case_record_dates check (start_date is null or end_date is null or end_date >= start_date)
);
create index ix_case_record_municipality on case_record (municipality_id);
create index ix_case_record_author on case_record (author_id);
create index ix_case_record_contact on case_record (contact_id);
create index ix_case_record_topic on case_record (topic);
create index ix_case_record_updated on case_record (updated_at);
