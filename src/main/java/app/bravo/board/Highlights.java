package app.bravo.board;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import app.bravo.posts.Post;
import io.quarkus.qute.TemplateExtension;

/**
 * The board as the kiosk and the print view show it: nobody's own applause, no edit links, stories cut to fit.
 * Each list is one indexed statement for the posts plus {@link BoardQuery#cards}' four for the whole list.
 */
public final class Highlights {

    /** Longest story on the kiosk, "…" included. */
    static final int KIOSK_STORY = 300;

    /** Longest story on the printed board, so nine cards fit a page. */
    static final int PRINT_STORY = 450;

    /** No person has this id: nobody's applause is marked, nothing is editable. */
    private static final long NOBODY = -1;

    private static final Function<Instant, String> NO_TIME = then -> "";

    private Highlights() {
    }

    /** The newest approved posts (index {@code ix_post_feed}). */
    static List<BoardQuery.Card> recent(int size, Instant now) {
        return BoardQuery.page(BoardQuery.Filter.everything(), null, size, NOBODY, false, now, NO_TIME).items();
    }

    /** These posts, if approved, oldest first (the live feed's order). */
    static List<BoardQuery.Card> approved(List<Long> ids, Instant now) {
        List<Post> posts = Post.getEntityManager().createQuery("""
                select p from Post p join fetch p.author
                where p.id in :ids and p.status = :approved order by p.publishedAt, p.id""", Post.class)
                .setParameter("ids", ids).setParameter("approved", Post.Status.APPROVED).getResultList();
        return BoardQuery.cards(posts, NOBODY, false, now, NO_TIME);
    }

    /**
     * The period's best for the printed board: most applauded first, then newest. The range condition uses
     * {@code ix_post_feed} (status, published_at); a week's posts are few, so sorting them costs little.
     */
    static List<BoardQuery.Card> forPrint(Instant from, Instant until, int size, Instant now) {
        List<Post> posts = Post.getEntityManager().createQuery("""
                select p from Post p join fetch p.author
                where p.status = :approved and p.publishedAt >= :from and p.publishedAt < :until
                order by p.applause desc, p.publishedAt desc, p.id desc""", Post.class)
                .setParameter("approved", Post.Status.APPROVED).setParameter("from", from)
                .setParameter("until", until).setMaxResults(size).getResultList();
        return BoardQuery.cards(posts, NOBODY, false, now, NO_TIME);
    }

    /** Whitespace folded and cut at a word to at most {@code max} characters, "…" included. */
    static String cut(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        String head = flat.substring(0, max - 1);
        int space = head.lastIndexOf(' ');
        if (space > max / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }

    @TemplateExtension
    static class Extensions {

        /** {@code {card.kioskStory}}: the story as the kiosk shows it. */
        static String kioskStory(BoardQuery.Card card) {
            return cut(card.story(), KIOSK_STORY);
        }

        /** {@code {card.printStory}}: the story as the printed board shows it. */
        static String printStory(BoardQuery.Card card) {
            return cut(card.story(), PRINT_STORY);
        }
    }
}
