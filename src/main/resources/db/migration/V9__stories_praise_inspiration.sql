-- The other kinds of post share the post table (DESIGN: one table, a kind column); their own fields are nullable.

-- The internal rules and routines that got in a customer's way: HR keeps the list; an author may name a new one
-- (proposed), which a moderator keeps, or merges into an existing rule (the stories then point at that rule).
create sequence service_rule_seq start with 1 increment by 50;
create table service_rule (
    id bigint not null primary key,
    name varchar(200) not null,
    -- The name folded to lower-case ASCII: two spellings of one rule are one rule.
    name_key varchar(200) not null,
    description varchar(1000),
    proposed boolean default false not null,
    active boolean default true not null,
    merged_into_id bigint references service_rule (id),
    created_at timestamp with time zone not null,
    constraint uq_service_rule_name_key unique (name_key)
);

-- Resolved-complaint story: the complaint (never the customer's name), what was done (post.story), the outcome,
-- how long it took, an optional customer quote and the rule that got in the way.
alter table post add column complaint varchar(1000);
alter table post add column outcome varchar(1000);
alter table post add column resolution_minutes integer;
alter table post add column customer_quote varchar(500);
alter table post add column rule_id bigint references service_rule (id);
create index ix_post_rule on post (rule_id);

-- Customer praise: the customer's words (post.story), channel, date received; the customer's display name only
-- with recorded consent; a contact only moderators see. Erasure clears both and stamps customer_erased_at.
alter table post add column channel varchar(20);
alter table post add column received_on date;
alter table post add column customer_name varchar(100);
alter table post add column customer_contact varchar(200);
alter table post add column customer_erased_at timestamp with time zone;

-- Inspiration from outside: its source and what we can learn from it.
alter table post add column source varchar(300);
alter table post add column lesson varchar(1000);

-- The board's word search: every text of the post and its people, folded to lower-case ASCII.
alter table post add column search_text varchar(8000);
