-- Customer feedback scores: the daily service-quality pulse is aggregated from these rows by SQL.
-- A score is CSAT (1-5) or NPS (0-10) for a team (and optionally a person), from one channel.
-- received_on is the day the score was received, in the organisation's time zone (bravo.time-zone) at intake:
-- the pulse groups by this column, so "a day" is the organisation's day whatever zone the server runs in.
create sequence feedback_score_seq start with 1 increment by 50;
create table feedback_score (
    id bigint not null primary key,
    scale varchar(4) not null,
    score smallint not null,
    team_id bigint not null references team (id),
    person_id bigint references person (id),
    channel varchar(20) not null,
    received_at timestamp with time zone not null,
    received_on date not null,
    -- The customer's words: personal data, minimised (no customer name or contact is ever stored here) and
    -- erasable (cut on a customer's erasure request, or cleared by a moderator; comment_erased_at says when).
    comment varchar(1000),
    comment_erased_at timestamp with time zone,
    -- The sender's own id of this score: the same external id never counts twice (re-delivery is idempotent).
    external_id varchar(120),
    -- How it came in: FORM (a member of staff typed it), IMPORT (CSV), API (a helpdesk integration's token).
    source varchar(10) not null,
    entered_by_id bigint references person (id),
    api_token_id bigint references api_token (id),
    created_at timestamp with time zone not null,
    constraint ck_feedback_scale check (scale in ('CSAT', 'NPS')),
    constraint ck_feedback_score check ((scale = 'CSAT' and score between 1 and 5)
        or (scale = 'NPS' and score between 0 and 10)),
    constraint ck_feedback_source check (source in ('FORM', 'IMPORT', 'API')),
    constraint uq_feedback_external_id unique (external_id)
);
create index ix_feedback_day_team on feedback_score (received_on, team_id);
create index ix_feedback_team_day on feedback_score (team_id, received_on);
create index ix_feedback_person_day on feedback_score (person_id, received_on);
