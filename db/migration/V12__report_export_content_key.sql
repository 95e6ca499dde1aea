-- Identical exports are stored once: the fingerprint of what an export holds (its document without who
-- made it and when, its format, the app's version). Null for the exports made before.
alter table report_export add column content_key varchar(64);
create index report_export_content_key_idx on report_export (campaign_id, content_key);
