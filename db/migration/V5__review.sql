-- Review comments: attached to a block of a chapter, threaded, resolvable.
create table review_comment (
    id          bigserial primary key,
    chapter_id  bigint        not null references chapter (id) on delete cascade,
    block_id    varchar(40)   not null,
    parent_id   bigint references review_comment (id) on delete cascade,
    author      varchar(60)   not null,
    body        varchar(4000) not null,
    created_at  timestamptz   not null,
    resolved_at timestamptz,
    resolved_by varchar(60)
);
create index review_comment_chapter_idx on review_comment (chapter_id, created_at);

-- The last revision each reviewer saw of each chapter: what changed since is shown to them.
create table review_seen (
    chapter_id bigint      not null references chapter (id) on delete cascade,
    reviewer   varchar(60) not null,
    revision   integer     not null,
    seen_at    timestamptz not null,
    primary key (chapter_id, reviewer)
);
