-- HR insights (issue 13): the recognitions and resolved-complaint stories of a period are read by kind, status and
-- publication time (ix_post_feed starts with status only, so it read every kind's approved posts of the period);
-- nominations per department by when the citation was made.
create index ix_post_kind_published on post (kind, status, published_at);
create index ix_award_citation_created on award_citation (created_at, nominator_id);
