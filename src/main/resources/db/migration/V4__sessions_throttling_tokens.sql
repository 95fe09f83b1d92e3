-- Sessions that end: the session cookie carries the account's epoch, and any change that must sign the person
-- out everywhere (password, role, e-mail, deactivation, "sign out everywhere") moves the epoch on. A single
-- logout ends just its own session, remembered until that cookie would have expired anyway.
alter table account add column session_epoch integer default 0 not null;

create table ended_session (
    session_id varchar(32) not null primary key,
    account_id bigint not null,
    ended_at timestamp with time zone not null
);
create index ix_ended_session_at on ended_session (ended_at);

-- Failed password attempts per login name ("account:...") and per client address ("address:..."), shared by
-- every instance, so a block holds wherever the next guess lands.
create table login_throttle (
    throttle_key varchar(300) not null primary key,
    failures integer not null,
    window_start timestamp with time zone not null,
    blocked_until timestamp with time zone
);
create index ix_login_throttle_window on login_throttle (window_start);

-- API tokens: personal (acting as their account) or service tokens (an admin's, with scopes). Only a keyed
-- hash of the token is kept; the token itself is shown once.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id bigint not null primary key,
    token_hash varchar(64) not null,
    prefix varchar(16) not null,
    name varchar(80) not null,
    account_id bigint references account (id),
    scopes varchar(200),
    created_by varchar(254) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_account on api_token (account_id);
