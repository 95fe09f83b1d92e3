-- Links an administrator gives to an office screen (the kiosk). Only a keyed hash of the token is kept; a link
-- opens the kiosk page and its live feed and nothing else, until it is revoked.
create sequence kiosk_link_seq start with 1 increment by 50;
create table kiosk_link (
    id bigint not null primary key,
    name varchar(80) not null,
    token_hash varchar(64) not null,
    -- The first characters of the token, so administrators can tell their links apart.
    prefix varchar(16) not null,
    created_by varchar(254) not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    constraint uk_kiosk_link_hash unique (token_hash)
);
