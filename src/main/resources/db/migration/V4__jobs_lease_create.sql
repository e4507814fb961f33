-- One row per scheduled job: which node may run it until when (once per cluster, not per node).
create table job_lease (
  name    varchar(100) not null,
  holder  varchar(200) not null,
  until   timestamp with time zone not null,
  constraint pk_job_lease primary key (name)
);
