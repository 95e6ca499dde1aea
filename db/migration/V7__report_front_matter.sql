-- What DIRCOM writes in the report itself: the cover (title, subtitle, authority, logo) and the
-- optional editorial. One row per campaign, created when first saved.
create table report_front_matter (
    campaign_id     bigint primary key references campaign (id) on delete cascade,
    cover_title     varchar(200)  not null,
    cover_subtitle  varchar(300),
    authority_name  varchar(200),
    editorial_title varchar(200),
    editorial_body  text,
    logo            bytea,
    logo_media_type varchar(40),
    logo_file_name  varchar(255),
    logo_width      integer,
    logo_height     integer,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null default 0
);
