-- Audit entries store an action code and its arguments (a JSON object of texts), worded in the reader's
-- language when shown; entries written before keep their English detail text.
alter table audit_entry add column args varchar(2000);
-- The audit page pages by (at, id), newest first.
create index ix_audit_at_id on audit_entry (at, id);
drop index ix_audit_at;
