-- Award programmes, their categories and rounds, nominations, secret ballots and published results (issue 12).

create sequence award_programme_seq start with 1 increment by 50;
create table award_programme (
    id bigint not null primary key,
    name_en varchar(120) not null,
    name_sr varchar(120),
    name_sl varchar(120),
    description_en varchar(2000),
    description_sr varchar(2000),
    description_sl varchar(2000),
    -- A built-in emblem's key (e.g. "star"), or null when an uploaded SVG is used.
    emblem varchar(40),
    emblem_svg varchar(100000),
    -- MONTHLY, QUARTERLY, YEARLY or ONE_OFF: a recurring programme opens its next round by itself.
    cadence varchar(20) not null,
    active boolean default true not null,
    created_at timestamp with time zone not null,
    version integer default 0 not null,
    constraint uk_award_programme_name unique (name_en)
);

create sequence award_category_seq start with 1 increment by 50;
create table award_category (
    id bigint not null primary key,
    programme_id bigint not null references award_programme (id),
    sort_order integer default 0 not null,
    name_en varchar(120) not null,
    name_sr varchar(120),
    name_sl varchar(120),
    criteria_en varchar(2000),
    criteria_sr varchar(2000),
    criteria_sl varchar(2000),
    -- PEOPLE, TEAMS or BOTH.
    nominees varchar(20) not null,
    -- Nominees and voters come from the whole organisation unless departments/teams are chosen below.
    nominees_from_chosen boolean default false not null,
    voters_from_chosen boolean default false not null,
    self_nomination boolean default false not null,
    finalists integer not null,
    winners integer not null,
    -- PLURALITY, APPROVAL, INSTANT_RUNOFF or BORDA; max_choices is approval's k (1 for plurality).
    method varchar(20) not null,
    max_choices integer default 1 not null,
    active boolean default true not null,
    constraint uk_award_category_name unique (programme_id, name_en),
    constraint ck_award_category_counts check (finalists >= 1 and winners >= 1 and winners <= finalists and max_choices >= 1)
);

-- The service behaviours a category's criteria are tied to.
create table award_category_behaviour (
    category_id bigint not null references award_category (id),
    behaviour_id bigint not null references behaviour (id),
    constraint pk_award_category_behaviour primary key (category_id, behaviour_id)
);

-- Who may be nominated when nominees_from_chosen: members of these departments or teams (and those teams).
create table award_category_nominee_unit (
    category_id bigint not null references award_category (id),
    department_id bigint references department (id),
    team_id bigint references team (id),
    constraint ck_award_nominee_unit check ((department_id is null) <> (team_id is null))
);
create index ix_award_nominee_unit on award_category_nominee_unit (category_id);

-- Who may vote when voters_from_chosen: members of these departments.
create table award_category_voter_department (
    category_id bigint not null references award_category (id),
    department_id bigint not null references department (id),
    constraint pk_award_category_voter primary key (category_id, department_id)
);

create sequence award_round_seq start with 1 increment by 50;
create table award_round (
    id bigint not null primary key,
    programme_id bigint not null references award_programme (id),
    title varchar(120) not null,
    -- DRAFT, NOMINATING, SHORTLISTING, VOTING, CLOSED, ANNOUNCED: moved by one conditional update
    -- (... where phase = :expected), so a move happens once whatever instances or schedulers race.
    phase varchar(20) not null,
    period_start date,
    period_end date,
    -- When the scheduler moves the round on (null: HR moves it by hand). Instants; shown in the organisation's zone.
    nominating_at timestamp with time zone,
    shortlisting_at timestamp with time zone,
    voting_at timestamp with time zone,
    closing_at timestamp with time zone,
    announcing_at timestamp with time zone,
    phase_changed_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    version integer default 0 not null,
    constraint uk_award_round_title unique (programme_id, title)
);
create index ix_award_round_phase on award_round (phase, programme_id);

-- One nomination per nominee per category and round; further nominations of the same nominee add a citation.
create sequence award_nomination_seq start with 1 increment by 50;
create table award_nomination (
    id bigint not null primary key,
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    -- "person:<id>" or "team:<id>": the candidate key ballots and results use.
    nominee_key varchar(40) not null,
    person_id bigint references person (id),
    team_id bigint references team (id),
    -- ACTIVE or WITHDRAWN (with HR's reason).
    status varchar(20) not null,
    withdrawn_reason varchar(500),
    finalist boolean default false not null,
    citations integer default 0 not null,
    created_at timestamp with time zone not null,
    constraint uk_award_nomination unique (round_id, category_id, nominee_key),
    constraint ck_award_nominee check ((person_id is null) <> (team_id is null))
);
create index ix_award_nomination_person on award_nomination (person_id);
create index ix_award_nomination_team on award_nomination (team_id);

create sequence award_citation_seq start with 1 increment by 50;
create table award_citation (
    id bigint not null primary key,
    nomination_id bigint not null references award_nomination (id),
    nominator_id bigint not null references person (id),
    citation varchar(1000) not null,
    -- A recognition from the board put forward as this nomination.
    post_id bigint references post (id),
    created_at timestamp with time zone not null,
    constraint uk_award_citation unique (nomination_id, nominator_id)
);

-- The secret ballot. voter_key = HMAC-SHA256(bravo.ballot-secret, round|category|person): uniqueness without a
-- voter id beside the choices; no time column either, so nothing matches a ballot to award_participation.
-- Revoting replaces choices and receipt_hash in place.
create table award_ballot (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    voter_key varchar(64) not null,
    -- Candidate keys in order of preference, separated by spaces.
    choices varchar(2000) not null,
    -- SHA-256 of the voter's private receipt code.
    receipt_hash varchar(64) not null,
    constraint pk_award_ballot primary key (round_id, category_id, voter_key)
);

-- Turnout: who has voted (a day, no finer time), never how.
create table award_participation (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    person_id bigint not null references person (id),
    voted_on date not null,
    constraint pk_award_participation primary key (round_id, category_id, person_id)
);

-- The tally of a category in a round: the method, every round's counts and the tie, as JSON; HR's resolution.
create table award_result (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    method varchar(20) not null,
    seats integer not null,
    ballots integer not null,
    tally varchar(100000) not null,
    tied boolean not null,
    -- null, SHARED (every tied candidate wins) or RUNOFF (a run-off round decides).
    resolution varchar(20),
    resolution_note varchar(500),
    tallied_at timestamp with time zone not null,
    constraint pk_award_result primary key (round_id, category_id)
);

-- Winners once announced: the board's strip, profile badges and the hall of fame.
create sequence award_winner_seq start with 1 increment by 50;
create table award_winner (
    id bigint not null primary key,
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    nominee_key varchar(40) not null,
    person_id bigint references person (id),
    team_id bigint references team (id),
    shared boolean default false not null,
    announced_at timestamp with time zone not null,
    constraint uk_award_winner unique (round_id, category_id, nominee_key)
);
create index ix_award_winner_announced on award_winner (announced_at, id);
create index ix_award_winner_person on award_winner (person_id);
create index ix_award_winner_team on award_winner (team_id);

-- Published on ANNOUNCED for anyone to recount: the ballots' contents only, shuffled (shuffled_order is the shuffle),
-- and separately the receipt hashes of the ballots that counted, in hash order, so the two lists cannot be joined.
create table award_published_ballot (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    shuffled_order integer not null,
    choices varchar(2000) not null,
    constraint pk_award_published_ballot primary key (round_id, category_id, shuffled_order)
);
create table award_published_receipt (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    receipt_hash varchar(64) not null,
    constraint pk_award_published_receipt primary key (round_id, category_id, receipt_hash)
);
