-- A search for a common word (a surname shared by one person in sixty) must not look up every match to show
-- the first twenty: each word row carries its person's sort text and active flag, and one index hands a word's
-- matches out in name order, so a page reads twenty-one rows whatever the word's count.
alter table person_term add column search_text varchar(600);
alter table person_term add column active boolean;
update person_term set search_text = (select p.search_text from person p where p.id = person_term.person_id),
    active = (select p.active from person p where p.id = person_term.person_id);
alter table person_term alter column search_text set not null;
alter table person_term alter column active set not null;
create index ix_person_term_order on person_term (term, active, search_text, person_id);
