-- Service-quality targets that HR sets (issue 13): a goal for the organisation or one team, per metric.
-- scope_key is 'org' or 'team:<id>': one target per scope and metric is a unique key that holds for the
-- organisation's row too (a unique key over a NULL team id would not, NULLs being distinct).
create sequence quality_target_seq start with 1 increment by 50;
create table quality_target (
    id bigint not null primary key,
    scope_key varchar(40) not null,
    team_id bigint references team (id),
    metric varchar(20) not null,
    goal integer not null,
    set_by varchar(254) not null,
    set_at timestamp with time zone not null,
    constraint ck_quality_target_metric check (metric in ('CSAT_PERCENT', 'NPS')),
    constraint ck_quality_target_goal check ((metric = 'CSAT_PERCENT' and goal between 0 and 100)
        or (metric = 'NPS' and goal between -100 and 100)),
    constraint ck_quality_target_scope check ((scope_key = 'org' and team_id is null)
        or (scope_key <> 'org' and team_id is not null)),
    constraint uq_quality_target unique (scope_key, metric)
);
create index ix_quality_target_team on quality_target (team_id);
-- The pulse sums scale and score per day (and team, and person for "praised by customers"): with them in the
-- index, its statements read the index alone instead of each score's row.
create index ix_feedback_pulse on feedback_score (received_on, team_id, scale, score, person_id);
