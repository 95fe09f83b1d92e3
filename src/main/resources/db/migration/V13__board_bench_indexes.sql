-- The board's feed reads newest first. H2 reads an index only in the direction it was made, and only for an
-- ORDER BY that starts with the index's first column: with (status, published_at, id) ascending it sorted every
-- approved post for each page (1 page/s at 100,000 posts, bench/board.sh). Made descending, and the feed ordered
-- by status first (one value there, so the order is the same), a page reads its 21 rows. PostgreSQL reads this
-- index as it read the old one.
drop index ix_post_feed;
create index ix_post_feed on post (status, published_at desc, id desc);
