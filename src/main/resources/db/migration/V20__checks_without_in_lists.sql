-- The same rules as V15/V16, written with = and OR instead of IN (...): H2 2.4.240 keeps an IN list's check bound
-- to the session that first evaluated it, and once the pool closes that connection every insert fails with
-- "Check constraint invalid" (h2database issues 4291, 4292, 4308). PostgreSQL reads both forms alike.
alter table feedback_score drop constraint ck_feedback_scale;
alter table feedback_score add constraint ck_feedback_scale check (scale = 'CSAT' or scale = 'NPS');
alter table feedback_score drop constraint ck_feedback_source;
alter table feedback_score add constraint ck_feedback_source
    check (source = 'FORM' or source = 'IMPORT' or source = 'API');
alter table quality_target drop constraint ck_quality_target_metric;
alter table quality_target add constraint ck_quality_target_metric check (metric = 'CSAT_PERCENT' or metric = 'NPS');
