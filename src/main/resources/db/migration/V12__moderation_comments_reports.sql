-- Moderation, congratulation comments and reports (issue 11, items 5 and 6).

-- How many visible comments a post has: kept beside the comments by the statement that adds or removes one,
-- so a board card needs no count query (like applause).
alter table post add column comments integer default 0 not null;
-- Why a moderator rejected a post; its author reads it on "My posts".
alter table post add column rejection_reason varchar(500);
-- The moderation queue: pending posts, oldest first.
create index ix_post_queue on post (status, created_at, id);
-- "My posts": an author's posts of every status, newest first.
create index ix_post_author_created on post (author_id, created_at, id);

create sequence post_comment_seq start with 1 increment by 50;
create table post_comment (
    id bigint not null primary key,
    post_id bigint not null references post (id),
    author_id bigint not null references person (id),
    body varchar(500) not null,
    -- VISIBLE, DELETED (by its author) or REMOVED (by a moderator): kept, so a report keeps its target.
    status varchar(20) not null,
    created_at timestamp with time zone not null
);
-- A post's comments, oldest first, by keyset on (created_at, id).
create index ix_post_comment_thread on post_comment (post_id, status, created_at, id);

create sequence report_seq start with 1 increment by 50;
create table report (
    id bigint not null primary key,
    -- The reported post, or the post of the reported comment.
    post_id bigint not null references post (id),
    comment_id bigint references post_comment (id),
    reporter_id bigint not null references person (id),
    reason varchar(500) not null,
    -- OPEN, DISMISSED, or RESOLVED (the item was removed).
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    resolved_at timestamp with time zone,
    resolved_by varchar(254),
    -- "post:12" or "comment:34" while the report is open, null afterwards: the unique key below then allows one
    -- open report per reporter and target, whatever two clicks race (NULLs never collide, on H2 and PostgreSQL).
    open_target varchar(40),
    constraint uq_report_open unique (reporter_id, open_target)
);
-- The queue's open reports, newest first; and the open reports of one target, resolved together.
create index ix_report_queue on report (status, created_at, id);
create index ix_report_post on report (post_id, status);
create index ix_report_comment on report (comment_id, status);
