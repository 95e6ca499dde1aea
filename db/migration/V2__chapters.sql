-- Chapters: one per outline entry of a campaign, created when the campaign opens.
create table chapter (
    id               bigserial primary key,
    campaign_id      bigint       not null references campaign (id) on delete cascade,
    outline_entry_id bigint       not null references outline_entry (id),
    direction_id     bigint       not null references direction (id),
    title            varchar(300) not null,
    state            varchar(30)  not null,
    -- the ordered blocks, as JSON (see fr.recueil.chapter.content)
    content          text         not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(60)  not null,
    version          bigint       not null default 0
);
create unique index chapter_outline_entry_uk on chapter (outline_entry_id);
create index chapter_campaign_idx on chapter (campaign_id);
create index chapter_direction_idx on chapter (direction_id);

-- Images of chapters (PNG or JPEG, checked from their bytes), kept in the database.
create table chapter_image (
    id           bigserial primary key,
    chapter_id   bigint       not null references chapter (id) on delete cascade,
    media_type   varchar(20)  not null,
    file_name    varchar(255) not null,
    size_bytes   integer      not null,
    width        integer      not null,
    height       integer      not null,
    data         bytea        not null,
    created_at   timestamptz  not null,
    created_by   varchar(60)  not null
);
create index chapter_image_chapter_idx on chapter_image (chapter_id);
