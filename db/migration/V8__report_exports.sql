-- The export archive: every export of the consolidated report, its file, and its manifest (the
-- approved revision of each chapter it holds). An export becomes obsolete when one of the
-- chapters it holds is reopened afterwards.
create table report_export (
    id              bigserial primary key,
    campaign_id     bigint       not null references campaign (id) on delete cascade,
    year            integer      not null,
    format          varchar(10)  not null,
    draft           boolean      not null,
    file_name       varchar(200) not null,
    size_bytes      integer      not null,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    created_by_name varchar(200) not null,
    duration_ms     integer      not null,
    obsolete_since  timestamptz,
    obsolete_reason varchar(500)
);
create index report_export_campaign_idx on report_export (campaign_id, created_at desc);

create table report_export_file (
    export_id bigint primary key references report_export (id) on delete cascade,
    data      bytea  not null
);

create table report_export_chapter (
    export_id        bigint       not null references report_export (id) on delete cascade,
    position         integer      not null,
    annex_number     integer      not null,
    outline_entry_id bigint       not null,
    chapter_id       bigint,
    title            varchar(200) not null,
    written_by       varchar(100),
    state            varchar(30),
    revision         integer,
    primary key (export_id, position)
);
create index report_export_chapter_chapter_idx on report_export_chapter (chapter_id) where revision is not null;
