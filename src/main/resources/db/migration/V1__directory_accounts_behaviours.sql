-- Portable across H2 2.x and PostgreSQL: no vendor types, sequences as Hibernate expects them.
create sequence department_seq start with 1 increment by 50;
create sequence team_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence account_seq start with 1 increment by 50;
create sequence behaviour_seq start with 1 increment by 50;
create sequence audit_entry_seq start with 1 increment by 50;

create table department (
    id bigint not null primary key,
    name varchar(120) not null,
    constraint uk_department_name unique (name)
);

create table team (
    id bigint not null primary key,
    name varchar(120) not null,
    department_id bigint not null references department (id),
    active boolean not null,
    constraint uk_team_name unique (name)
);
create index ix_team_department on team (department_id);

create table person (
    id bigint not null primary key,
    full_name varchar(160) not null,
    email varchar(254) not null,
    job_title varchar(160),
    team_id bigint references team (id),
    active boolean not null,
    -- name, e-mail and job title folded to lower-case ASCII, so "kovac" finds "Kovač"
    search_text varchar(600) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint uk_person_email unique (email)
);
create index ix_person_team on person (team_id);
create index ix_person_name on person (full_name);

create table account (
    id bigint not null primary key,
    person_id bigint not null references person (id),
    username varchar(254) not null,
    password_hash varchar(100) not null,
    role varchar(20) not null,
    locale varchar(8),
    constraint uk_account_username unique (username),
    constraint uk_account_person unique (person_id)
);

create table behaviour (
    id bigint not null primary key,
    name_en varchar(120) not null,
    name_sr varchar(120),
    name_sl varchar(120),
    description_en varchar(1000) not null,
    description_sr varchar(1000),
    description_sl varchar(1000),
    example_en varchar(1000),
    example_sr varchar(1000),
    example_sl varchar(1000),
    active boolean not null,
    constraint uk_behaviour_name unique (name_en)
);

-- Append-only record of who changed what; later issues (award phases, moderation) write here too.
create table audit_entry (
    id bigint not null primary key,
    at timestamp with time zone not null,
    actor varchar(254) not null,
    action varchar(60) not null,
    subject varchar(200) not null,
    detail varchar(2000)
);
create index ix_audit_at on audit_entry (at);
