-- Personal access tokens for the automation endpoint (/api/**). Only the SHA-256 of a token is
-- kept: the token itself is shown once, when it is generated. A revoked token stays listed.
create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    label        varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_user_idx on api_token (user_id, created_at desc);
