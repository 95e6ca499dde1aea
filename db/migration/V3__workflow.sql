-- The workflow of a chapter: who it is assigned to, since when it is in its state, its history and
-- the immutable snapshots of its content taken at submission and approval.
alter table chapter add column assignee varchar(60);
alter table chapter add column state_since timestamptz;
alter table chapter add column last_revision integer not null default 0;
update chapter set state_since = updated_at;
alter table chapter alter column state_since set not null;

create table chapter_transition (
    id          bigserial primary key,
    chapter_id  bigint        not null references chapter (id) on delete cascade,
    verb        varchar(30)   not null,
    from_state  varchar(30)   not null,
    to_state    varchar(30)   not null,
    actor       varchar(60)   not null,
    occurred_at timestamptz   not null,
    reason      varchar(2000),
    revision    integer
);
create index chapter_transition_chapter_idx on chapter_transition (chapter_id, occurred_at);
create index chapter_transition_time_idx on chapter_transition (occurred_at desc);

create table chapter_revision (
    id         bigserial primary key,
    chapter_id bigint       not null references chapter (id) on delete cascade,
    number     integer      not null,
    kind       varchar(20)  not null,
    content    text         not null,
    created_at timestamptz  not null,
    created_by varchar(60)  not null
);
create unique index chapter_revision_number_uk on chapter_revision (chapter_id, number);

-- A revision is a record of what was submitted or approved: nothing may change it afterwards.
create function chapter_revision_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'chapter revisions are immutable (chapter %, revision %)', old.chapter_id, old.number;
end;
$$;
create trigger chapter_revision_no_update before update on chapter_revision
    for each row execute function chapter_revision_is_immutable();
