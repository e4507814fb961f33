create sequence topic_seq start with 100 increment by 50;

create table topic (
  id          bigint       not null,
  name        varchar(100) not null,
  created_at  timestamp with time zone not null,
  constraint pk_topic primary key (id),
  constraint uq_topic_name unique (name)
);

insert into topic (id, name, created_at) values
  (1, 'Digitale Verwaltung', current_timestamp),
  (2, 'Breitband', current_timestamp),
  (3, 'Mobilität', current_timestamp),
  (4, 'Smart City', current_timestamp),
  (5, 'Bildung', current_timestamp),
  (6, 'Energie', current_timestamp),
  (7, 'Gesundheit', current_timestamp),
  (8, 'Bürgerbeteiligung', current_timestamp);
