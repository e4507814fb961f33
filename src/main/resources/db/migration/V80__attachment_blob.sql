-- Attachment contents in the database, for installations whose nodes share no directory
-- (PILOTNETZ_ATTACHMENTS_STORE=database). One row per content (SHA-256), like the files.
create table attachment_blob (
  sha256 varchar(64) primary key,
  content bytea not null
);
