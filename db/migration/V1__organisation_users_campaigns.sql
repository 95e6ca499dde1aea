-- Organisation: pôles, directions and the transversal entries of the report's table of contents.
create table pole (
    id          bigserial primary key,
    name        varchar(200) not null,
    position    integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0
);
create unique index pole_name_uk on pole (lower(name));

create table direction (
    id          bigserial primary key,
    name        varchar(200) not null,
    acronym     varchar(30),
    -- null for the stand-alone entries of the table of contents (communication, RH...)
    pole_id     bigint references pole (id),
    position    integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0
);
create unique index direction_acronym_uk on direction (lower(acronym)) where acronym is not null;
create unique index direction_name_uk on direction (lower(name));
create index direction_pole_idx on direction (pole_id);

create table transversal_entry (
    id                 bigserial primary key,
    label              varchar(200) not null,
    owner_direction_id bigint       not null references direction (id),
    position           integer      not null,
    active             boolean      not null default true,
    version            bigint       not null default 0
);

-- Users, their roles and the directions they belong to.
create table app_user (
    id             bigserial primary key,
    login          varchar(60)  not null,
    display_name   varchar(200) not null,
    email          varchar(254) not null,
    password_hash  varchar(100) not null,
    active         boolean      not null default true,
    locale         varchar(10),
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create unique index app_user_login_uk on app_user (lower(login));

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table app_user_direction (
    user_id      bigint not null references app_user (id) on delete cascade,
    direction_id bigint not null references direction (id),
    primary key (user_id, direction_id)
);

-- Failed logins and lockouts, keyed by the login as typed (unknown logins are throttled too).
create table login_failure (
    id        bigserial primary key,
    login     varchar(60) not null,
    failed_at timestamptz not null
);
create index login_failure_login_idx on login_failure (login, failed_at);

create table login_lock (
    login        varchar(60) primary key,
    locked_until timestamptz not null
);

-- Campaigns: one per year, with their deadlines and the outline of the report.
create table campaign (
    id                           bigserial primary key,
    year                         integer      not null,
    title                        varchar(200) not null,
    status                       varchar(20)  not null,
    deadline                     date         not null,
    director_validation_required boolean      not null default false,
    first_annex_number           integer      not null default 1,
    created_at                   timestamptz  not null default now(),
    version                      bigint       not null default 0
);
create unique index campaign_year_uk on campaign (year);

create table campaign_deadline_override (
    campaign_id  bigint not null references campaign (id) on delete cascade,
    direction_id bigint not null references direction (id),
    deadline     date   not null,
    primary key (campaign_id, direction_id)
);

create table outline_entry (
    id           bigserial primary key,
    campaign_id  bigint       not null references campaign (id) on delete cascade,
    position     integer      not null,
    kind         varchar(20)  not null,
    -- the direction that writes the chapter (for a transversal chapter: the direction that owns it)
    direction_id bigint       not null references direction (id),
    -- the pôle the chapter is grouped under in the report; null for transversal and stand-alone entries
    pole_id      bigint references pole (id),
    title        varchar(200) not null
);
create index outline_entry_campaign_idx on outline_entry (campaign_id, position);
create index outline_entry_direction_idx on outline_entry (direction_id);

-- Administrative changes, for the audit log.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    actor       varchar(60)  not null,
    action      varchar(60)  not null,
    subject     varchar(300) not null,
    detail      varchar(2000)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
