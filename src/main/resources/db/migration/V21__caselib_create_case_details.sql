-- KPIs, partners, tags and the municipalities a RESTRICTED case is shared with.
create table case_kpi (
  case_id      bigint        not null,
  pos          integer       not null,
  name         varchar(200)  not null,
  unit         varchar(40),
  baseline     numeric(18, 4),
  target       numeric(18, 4),
  actual       numeric(18, 4),
  measured_at  date,
  constraint pk_case_kpi primary key (case_id, pos),
  constraint fk_case_kpi_case foreign key (case_id) references case_record (id) on delete cascade
);

create table case_partner (
  case_id   bigint        not null,
  pos       integer       not null,
  name      varchar(200)  not null,
  vendor    boolean       not null default false,
  constraint pk_case_partner primary key (case_id, pos),
  constraint fk_case_partner_case foreign key (case_id) references case_record (id) on delete cascade
);

create table case_tag (
  case_id  bigint        not null,
  tag      varchar(60)   not null,
  constraint pk_case_tag primary key (case_id, tag),
  constraint fk_case_tag_case foreign key (case_id) references case_record (id) on delete cascade
);
create index ix_case_tag_tag on case_tag (tag);

create table case_share (
  case_id          bigint  not null,
  municipality_id  bigint  not null,
  constraint pk_case_share primary key (case_id, municipality_id),
  constraint fk_case_share_case foreign key (case_id) references case_record (id) on delete cascade,
  constraint fk_case_share_municipality foreign key (municipality_id) references municipality (id)
);
create index ix_case_share_municipality on case_share (municipality_id);
