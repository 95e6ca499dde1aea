-- Login throttling that cannot be turned against a user (see SECURITY.md): failures are counted per
-- account, per channel (the login page, the automation endpoint) and per source address. A failure of
-- an unknown login keeps no login (login is null) and only counts for its address.
delete from login_failure;
alter table login_failure alter column login drop not null;
alter table login_failure add column source varchar(64) not null default '';
alter table login_failure add column channel varchar(8) not null default 'ui';
alter table login_failure add column usual boolean not null default false;
drop index login_failure_login_idx;
create index login_failure_login_idx on login_failure (login, channel, failed_at);
create index login_failure_source_idx on login_failure (source, channel, failed_at);
create index login_failure_time_idx on login_failure (failed_at);

-- A hard lock only ever comes from failures at the account's usual address.
drop table login_lock;
create table login_lock (
    login        varchar(60) not null,
    channel      varchar(8)  not null,
    locked_until timestamptz not null,
    primary key (login, channel)
);

-- Where an account logged in successfully lately: its usual addresses.
create table login_usual_address (
    login        varchar(60) not null,
    source       varchar(64) not null,
    last_success timestamptz not null,
    primary key (login, source)
);
