-- In-app notifications (the bell), written in the same transaction as what they tell about.
create table notification (
    id          bigserial primary key,
    recipient   varchar(60)  not null,
    chapter_id  bigint references chapter (id) on delete cascade,
    kind        varchar(30)  not null,
    -- the text is kept as a translation key and its arguments: each user reads it in their language
    message_key varchar(100) not null,
    arguments   text         not null,
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_recipient_idx on notification (recipient, created_at desc);

-- Deadline reminders already sent, so that each is sent once.
create table reminder_sent (
    chapter_id  bigint      not null references chapter (id) on delete cascade,
    days_before integer     not null,
    deadline    date        not null,
    sent_at     timestamptz not null,
    primary key (chapter_id, days_before, deadline)
);
