-- The organisation's branding and purpose statement: one settings row (id 1), read by every instance.
-- version grows with every change: it names the logo and theme URLs (caches keep a version for good) and lets an
-- instance see that its short-lived copy is stale.
create table branding (
    id integer not null primary key,
    version integer default 0 not null,
    -- Null means "never set": the layout shows "Bravo", the stylesheet's own accent, no logo.
    org_name varchar(100),
    accent varchar(7),
    logo bytea,
    logo_type varchar(40),
    -- "Why great service matters to us", written by HR; Serbian and Slovenian fall back to English.
    purpose_en varchar(500),
    purpose_sr varchar(500),
    purpose_sl varchar(500),
    updated_at timestamp with time zone
);
insert into branding (id, version) values (1, 0);

-- The board's spotlight: a moderator pins an approved post until a moment; "pinned now" is a range on this index.
alter table post add column pinned_until timestamp with time zone;
create index ix_post_pinned on post (pinned_until, status);

-- Pins take this row's lock first, so two moderators pinning at once cannot pass the limit of pinned posts together.
create table spotlight_lock (
    id integer not null primary key
);
insert into spotlight_lock (id) values (1);
