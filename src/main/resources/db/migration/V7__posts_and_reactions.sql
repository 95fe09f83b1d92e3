-- The notice board's content: one table for every kind of post (recognitions now; resolved-complaint stories,
-- customer praise and inspiration later), so the board is one indexed query with a keyset cursor.
create sequence post_seq start with 1 increment by 50;
create table post (
    id bigint not null primary key,
    kind varchar(20) not null,
    status varchar(20) not null,
    author_id bigint not null references person (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    -- Set when the post reaches the board; the feed's order and its cursor.
    published_at timestamp with time zone,
    story varchar(2000) not null,
    case_reference varchar(100),
    internal_service boolean default false not null,
    -- How many people applauded: kept beside the reactions by the statement that adds or removes one.
    applause integer default 0 not null
);
create index ix_post_feed on post (status, published_at, id);
create index ix_post_author on post (author_id, published_at);

create table post_recipient (
    post_id bigint not null references post (id),
    person_id bigint not null references person (id),
    constraint pk_post_recipient primary key (post_id, person_id)
);
create index ix_post_recipient_person on post_recipient (person_id, post_id);

create table post_team (
    post_id bigint not null references post (id),
    team_id bigint not null references team (id),
    constraint pk_post_team primary key (post_id, team_id)
);
create index ix_post_team_team on post_team (team_id, post_id);

create table post_behaviour (
    post_id bigint not null references post (id),
    behaviour_id bigint not null references behaviour (id),
    constraint pk_post_behaviour primary key (post_id, behaviour_id)
);
create index ix_post_behaviour_behaviour on post_behaviour (behaviour_id, post_id);

-- One applause per person per post: the primary key says so, whatever two clicks race.
create table reaction (
    post_id bigint not null references post (id),
    person_id bigint not null references person (id),
    created_at timestamp with time zone not null,
    constraint pk_reaction primary key (post_id, person_id)
);
create index ix_reaction_person on reaction (person_id);
