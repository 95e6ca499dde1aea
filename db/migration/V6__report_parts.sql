-- The consolidated report's parts: by default one per pôle, but their titles are free, so that a
-- préfecture-style report ("I. Gérer l'urgence") with themed chapters fits as well.
create table report_part (
    id          bigserial primary key,
    campaign_id bigint       not null references campaign (id) on delete cascade,
    position    integer      not null,
    title       varchar(200) not null,
    -- the pôle the part was made from, if any (kept when the title changes)
    pole_id     bigint references pole (id)
);
create index report_part_campaign_idx on report_part (campaign_id, position);

-- Transversal chapters stand before the parts and have none; every other chapter is in one part.
alter table outline_entry add column part_id bigint references report_part (id);
create index outline_entry_part_idx on outline_entry (part_id);

-- Existing campaigns: one part per pôle in outline order, and one for the stand-alone directions.
insert into report_part (campaign_id, position, title, pole_id)
select e.campaign_id,
       row_number() over (partition by e.campaign_id order by min(e.position)) - 1,
       coalesce(p.name, 'Directions rattachées à la direction générale'),
       e.pole_id
from outline_entry e
         left join pole p on p.id = e.pole_id
where e.kind = 'DIRECTION'
group by e.campaign_id, e.pole_id, p.name;

update outline_entry e
set part_id = rp.id
from report_part rp
where e.kind = 'DIRECTION'
  and rp.campaign_id = e.campaign_id
  and rp.pole_id is not distinct from e.pole_id;
