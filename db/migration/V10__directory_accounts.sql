-- Directory login (LDAP / Active Directory, OpenID Connect).
-- Where an account comes from: LOCAL (password kept by Recueil), LDAP or OIDC (the directory checks the password).
alter table app_user add column origin varchar(10) not null default 'LOCAL';
-- The person's stable id at the OpenID provider (issuer + subject); null for local and LDAP accounts.
alter table app_user add column external_id varchar(400);
-- Deactivated because the directory said the person is disabled or gone (not by an administrator):
-- the next successful directory login reactivates the account.
alter table app_user add column disabled_by_directory boolean not null default false;
create unique index app_user_external_id_uk on app_user (external_id) where external_id is not null;

-- The roles and directions that the directory grants (a subset of app_user_role / app_user_direction):
-- the directory decides them at every check; the administrator adjusts the others.
create table app_user_directory_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table app_user_directory_direction (
    user_id      bigint not null references app_user (id) on delete cascade,
    direction_id bigint not null references direction (id),
    primary key (user_id, direction_id)
);

-- Settings an administrator changes in the app (one row).
create table login_setting (
    id                      integer primary key check (id = 1),
    local_passwords_enabled boolean not null default true,
    version                 bigint  not null default 0
);
insert into login_setting (id) values (1);
