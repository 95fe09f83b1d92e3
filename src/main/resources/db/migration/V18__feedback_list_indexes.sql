-- The feedback list (/quality/feedback) reads newest first by (received_at, id), for all teams or one team,
-- by keyset: these indexes hand out a page in order without sorting the table.
create index ix_feedback_received on feedback_score (received_at, id);
create index ix_feedback_team_received on feedback_score (team_id, received_at, id);
