create sequence case_attachment_seq start with 50 increment by 50;

-- Metadata only: the bytes live on disk under <data dir>/attachments, named by their SHA-256.
create table case_attachment (
  id            bigint          not null,
  case_id       bigint          not null,
  file_name     varchar(255)    not null,
  content_type  varchar(100)    not null,
  size_bytes    bigint          not null,
  sha256        varchar(64)     not null,
  text_content  varchar(200000),
  uploaded_by   bigint          not null,
  uploaded_at   timestamp with time zone not null,
  constraint pk_case_attachment primary key (id),
  constraint fk_case_attachment_case foreign key (case_id) references case_record (id),
  constraint fk_case_attachment_uploaded_by foreign key (uploaded_by) references member_account (id)
);
create index ix_case_attachment_case on case_attachment (case_id);
create index ix_case_attachment_uploaded_by on case_attachment (uploaded_by);
create index ix_case_attachment_sha256 on case_attachment (sha256);
