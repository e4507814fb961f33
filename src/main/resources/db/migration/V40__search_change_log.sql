-- Durable change log of searchable documents: written in the same transaction as the content,
-- applied to the Lucene index in seq order (see de.pilotnetz.search.Indexer).
create sequence search_change_seq;

create table search_change (
  seq         bigint        not null,
  doc_type    varchar(16)   not null,
  doc_id      bigint        not null,
  changed_at  timestamp with time zone default current_timestamp not null,
  constraint pk_search_change primary key (seq)
);

create index ix_search_change_changed_at on search_change (changed_at);
