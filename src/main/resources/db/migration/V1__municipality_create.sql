create sequence municipality_seq start with 50 increment by 50;

create table municipality (
  id          bigint       not null,
  name        varchar(200) not null,
  ags         varchar(8)   not null,
  state       varchar(40)  not null,
  population  integer      not null,
  website     varchar(500),
  logo_url    varchar(500),
  created_at  timestamp with time zone not null,
  version     bigint       not null default 0,
  constraint pk_municipality primary key (id),
  constraint uq_municipality_ags unique (ags),
  constraint ck_municipality_population check (population >= 0)
);

create index ix_municipality_state on municipality (state);
