-- Chat: rooms with a per-room event counter, members with read markers, messages, the event log
-- that numbers every message, edit and delete of a room (see de.pilotnetz.chat.MessageService).
create sequence chat_room_seq start with 50 increment by 50;
create table chat_room (
  id          bigint        not null,
  kind        varchar(10)   not null,
  name        varchar(120)  not null,
  description varchar(500),
  created_by  bigint        not null,
  created_at  timestamp with time zone not null,
  last_seq    bigint        not null default 0,
  constraint pk_chat_room primary key (id),
  constraint fk_chat_room_creator foreign key (created_by) references member_account (id)
);

create table chat_room_member (
  room_id        bigint  not null,
  member_id      bigint  not null,
  last_read_seq  bigint  not null default 0,
  joined_at      timestamp with time zone not null,
  constraint pk_chat_room_member primary key (room_id, member_id),
  constraint fk_chat_room_member_room foreign key (room_id) references chat_room (id) on delete cascade,
  constraint fk_chat_room_member_member foreign key (member_id) references member_account (id)
);
create index ix_chat_room_member_member on chat_room_member (member_id);

create sequence chat_message_seq start with 50 increment by 50;
create table chat_message (
  id             bigint         not null,
  room_id        bigint         not null,
  author_id      bigint         not null,
  client_msg_id  varchar(64)    not null,
  body           varchar(4000)  not null,
  seq            bigint         not null,
  created_at     timestamp with time zone not null,
  edited_at      timestamp with time zone,
  deleted_at     timestamp with time zone,
  constraint pk_chat_message primary key (id),
  constraint uq_chat_message_client unique (room_id, author_id, client_msg_id),
  constraint fk_chat_message_room foreign key (room_id) references chat_room (id) on delete cascade,
  constraint fk_chat_message_author foreign key (author_id) references member_account (id)
);
create index ix_chat_message_room_seq on chat_message (room_id, seq);
create index ix_chat_message_author on chat_message (author_id);

create table chat_event (
  room_id     bigint       not null,
  seq         bigint       not null,
  kind        varchar(10)  not null,
  message_id  bigint       not null,
  created_at  timestamp with time zone not null,
  constraint pk_chat_event primary key (room_id, seq),
  constraint fk_chat_event_room foreign key (room_id) references chat_room (id) on delete cascade,
  constraint fk_chat_event_message foreign key (message_id) references chat_message (id) on delete cascade
);
create index ix_chat_event_message on chat_event (message_id);

create table chat_mention (
  message_id  bigint  not null,
  member_id   bigint  not null,
  constraint pk_chat_mention primary key (message_id, member_id),
  constraint fk_chat_mention_message foreign key (message_id) references chat_message (id) on delete cascade,
  constraint fk_chat_mention_member foreign key (member_id) references member_account (id)
);
create index ix_chat_mention_member on chat_mention (member_id);

-- Single-use WebSocket tickets, stored as SHA-256 so that any node can redeem them.
create table chat_ticket (
  ticket_hash  varchar(64)  not null,
  member_id    bigint       not null,
  expires_at   timestamp with time zone not null,
  used_at      timestamp with time zone,
  constraint pk_chat_ticket primary key (ticket_hash),
  constraint fk_chat_ticket_member foreign key (member_id) references member_account (id)
);
create index ix_chat_ticket_member on chat_ticket (member_id);
create index ix_chat_ticket_expires on chat_ticket (expires_at);

create sequence chat_office_hour_seq start with 50 increment by 50;
create table chat_office_hour (
  id                bigint        not null,
  room_id           bigint        not null,
  expert_id         bigint        not null,
  topic             varchar(200)  not null,
  starts_at         timestamp with time zone not null,
  duration_minutes  integer       not null,
  publication       varchar(20)   not null default 'NONE',
  thread_id         bigint,
  created_at        timestamp with time zone not null,
  constraint pk_chat_office_hour primary key (id),
  constraint fk_chat_office_hour_room foreign key (room_id) references chat_room (id) on delete cascade,
  constraint fk_chat_office_hour_expert foreign key (expert_id) references member_account (id)
);
create index ix_chat_office_hour_room on chat_office_hour (room_id);
create index ix_chat_office_hour_starts on chat_office_hour (starts_at);

create table chat_office_hour_message (
  office_hour_id  bigint       not null,
  message_id      bigint       not null,
  role            varchar(10)  not null,
  constraint pk_chat_office_hour_message primary key (office_hour_id, message_id),
  constraint fk_chat_ohm_office_hour foreign key (office_hour_id) references chat_office_hour (id) on delete cascade,
  constraint fk_chat_ohm_message foreign key (message_id) references chat_message (id) on delete cascade
);
create index ix_chat_ohm_message on chat_office_hour_message (message_id);
