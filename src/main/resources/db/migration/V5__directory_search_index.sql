-- The directory at 100,000 people: a search must not scan the table, and a page must not sort it.
-- Every word of a person's name, e-mail, job title and team, folded to lower-case ASCII ("Đorđević" is
-- "djordjevic" and "dordevic"); a search looks up each word it is given as a prefix of these, by range
-- (term >= 'pet' and term < 'peu'), which a plain index serves whatever the database's collation.
create table person_term (
    term varchar(60) not null,
    person_id bigint not null references person (id),
    constraint pk_person_term primary key (term, person_id)
);
create index ix_person_term_person on person_term (person_id, term);
-- The directory's order (folded name, then id) and its keyset cursor, served by one index.
create index ix_person_search_order on person (search_text, id);
-- Team pages list a team's members by name, a page at a time.
create index ix_person_team_order on person (team_id, search_text, id);
drop index ix_person_team;
