-- A run-off round decides a tied place of a closed round: a round of the same programme that points at the round
-- it decides, holding only the tied categories, each with the number of places still open there.
alter table award_round add column runoff_of_id bigint references award_round (id);
create index ix_award_round_runoff_of on award_round (runoff_of_id);

create table award_runoff_seat (
    round_id bigint not null references award_round (id),
    category_id bigint not null references award_category (id),
    seats integer not null,
    constraint pk_award_runoff_seat primary key (round_id, category_id),
    constraint ck_award_runoff_seats check (seats > 0)
);
