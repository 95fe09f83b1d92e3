package app.bravo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.posts.ComplaintStory;
import app.bravo.posts.CustomerPraise;
import app.bravo.posts.Inspiration;
import app.bravo.posts.Post;
import app.bravo.posts.Reaction;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo board a first start shows: every kind approved over the last 60 days, two posts waiting for a
 * moderator, word search, applause that matches its reactions, no customer named without consent, three languages.
 * Other tests add posts of their own; this one reads only the demo's (known by their stories).
 */
@QuarkusTest
class BoardDemoTest {

    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|customer)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SERBIAN = Pattern.compile("\\b(nije|korisni\\w*|šalter\\w*|naplat\\w*|što|sa)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SLOVENIAN = Pattern.compile("\\b(ki|tudi|sem|strank\\w*|okenc\\w*|zadev\\w*)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** What the test needs of a demo post, read in one transaction. */
    record Seen(long id, Post.Kind kind, Post.Status status, Instant createdAt, Instant publishedAt, String searchText,
            int applause, long reactions, String texts, String customerName) {
    }

    static List<Seen> demoPosts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Long> reactions = new HashMap<>();
            Post.getEntityManager().createQuery("select r.postId, count(r) from Reaction r group by r.postId",
                    Object[].class).getResultList().forEach(row -> reactions.put((Long) row[0], (Long) row[1]));
            List<Seen> seen = new ArrayList<>();
            for (Post post : Post.<Post> list("story in ?1", BoardDemo.stories())) {
                StringBuilder texts = new StringBuilder(post.story);
                String customerName = null;
                if (post instanceof ComplaintStory s) {
                    texts.append(' ').append(s.complaint).append(' ').append(s.outcome);
                } else if (post instanceof Inspiration i) {
                    texts.append(' ').append(i.lesson);
                } else if (post instanceof CustomerPraise p) {
                    customerName = p.customerName;
                }
                seen.add(new Seen(post.id, post.kind(), post.status, post.createdAt, post.publishedAt, post.searchText,
                        post.applause, reactions.getOrDefault(post.id, 0L), texts.toString(), customerName));
            }
            return seen;
        });
    }

    @Test
    void everyKindIsOnTheBoardAndOneStoryAndOnePraiseWaitForAModerator() {
        List<Seen> posts = demoPosts();
        assertEquals(BoardDemo.stories().size(), posts.size(), "every demo post is there, once");
        Map<Post.Kind, Integer> approved = new EnumMap<>(Post.Kind.class);
        List<Seen> waiting = new ArrayList<>();
        Instant now = Instant.now();
        for (Seen post : posts) {
            if (post.publishedAt() != null && post.publishedAt().equals(post.createdAt())) {
                assertEquals(Post.Status.APPROVED, post.status());
                assertTrue(post.publishedAt().isAfter(now.minus(Duration.ofDays(61))), "within the last 60 days");
                approved.merge(post.kind(), 1, Integer::sum);
            } else {
                waiting.add(post);
            }
            assertTrue(post.searchText() != null && !post.searchText().isBlank(), "word search finds post " + post.id());
        }
        assertEquals(Map.of(Post.Kind.RECOGNITION, 24, Post.Kind.COMPLAINT_STORY, 14, Post.Kind.CUSTOMER_PRAISE, 14,
                Post.Kind.INSPIRATION, 8), approved);
        assertEquals(Set.of(Post.Kind.COMPLAINT_STORY, Post.Kind.CUSTOMER_PRAISE),
                Set.copyOf(waiting.stream().map(Seen::kind).toList()));
        assertEquals(2, waiting.size());
        for (Seen post : waiting) {
            assertNull(post.publishedAt());
            assertTrue(post.createdAt().isAfter(now.minus(Duration.ofDays(3))), "written in the last two days");
            // The moderation tests empty the queue by rejecting what is in it; never approved by the demo.
            assertTrue(post.status() == Post.Status.PENDING || post.status() == Post.Status.REJECTED, post.toString());
        }

        WebSession reader = WebSession.as(Role.EMPLOYEE);
        for (Post.Kind kind : Post.Kind.values()) {
            Document page = reader.page("/?kind=" + kind);
            assertFalse(page.select(".post-card").isEmpty(), kind + " has cards");
            assertTrue(page.select(".post-card").stream().allMatch(c -> c.hasClass("post-card--" + kind.name()
                    .toLowerCase(java.util.Locale.ROOT))));
        }
        long hotel = posts.stream().filter(p -> p.texts().contains("Recepcionerka")).findFirst().orElseThrow().id();
        assertNotNull(reader.page("/?q=recepcionerk").selectFirst("#post-" + hotel), "found by a word's beginning");
        for (Seen post : waiting) {
            assertNull(reader.page("/?q=originalnu+uplatnicu").selectFirst("#post-" + post.id()), "not on the board");
        }
    }

    @Test
    void applauseMatchesItsReactionsAndTheMostApplaudedDifferByKind() {
        List<Seen> posts = new ArrayList<>(demoPosts());
        for (Seen post : posts) {
            assertEquals(post.reactions(), post.applause(), "post " + post.id());
        }
        assertTrue(posts.stream().filter(p -> p.status() == Post.Status.APPROVED).allMatch(p -> p.applause() > 0),
                "every approved demo post has some applause");
        posts.sort((a, b) -> Integer.compare(b.applause(), a.applause()));
        assertEquals(4, new HashSet<>(posts.subList(0, 4).stream().map(Seen::kind).toList()).size(),
                "the four most applauded are one of each kind");
        assertTrue(posts.get(0).applause() > 3 * posts.get(posts.size() / 2).applause() / 2, "spread, not even");
        List<Long> ids = posts.stream().map(Seen::id).toList();
        List<String> logins = java.util.Arrays.stream(DemoUser.values()).map(u -> u.email).toList();
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Reaction.count(
                "postId in ?1 and personId in (select p.id from Person p where p.email in ?2)", ids, logins)),
                "whoever tries the demo has applauded nothing yet: their first click counts one up");
    }

    @Test
    void noPraiseShowsACustomerNameWithoutConsent() {
        List<Seen> praise = demoPosts().stream().filter(p -> p.kind() == Post.Kind.CUSTOMER_PRAISE
                && p.status() == Post.Status.APPROVED).toList();
        long named = praise.stream().filter(p -> p.customerName() != null).count();
        assertTrue(named >= 2 && named <= 4, "a few customers consented to be named: " + named);
        assertTrue(praise.stream().filter(p -> p.customerName() != null)
                .allMatch(p -> p.customerName().matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\.")), "a first name and an initial");

        // Page through the praise on the board until every demo praise has been seen.
        Map<Long, Seen> unseen = new HashMap<>();
        praise.forEach(p -> unseen.put(p.id(), p));
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        String path = "/?kind=CUSTOMER_PRAISE";
        for (int page = 0; page < 50 && path != null && !unseen.isEmpty(); page++) {
            Document board = reader.page(path);
            assertFalse(board.html().contains("@example."), "no contact on the board");
            for (Element card : board.select(".post-card")) {
                Seen post = unseen.remove(Long.parseLong(card.id().substring("post-".length())));
                if (post != null) {
                    String by = card.selectFirst(".post-card__quote footer").text();
                    assertTrue(post.customerName() == null ? by.startsWith("— a customer")
                            : by.startsWith("— " + post.customerName()), by);
                }
            }
            Element more = board.selectFirst(".feed__more a");
            path = more == null ? null : more.attr("href");
        }
        assertTrue(unseen.isEmpty(), "every demo praise is on the board");
    }

    @Test
    void theTextsSpeakTheThreeLanguages() {
        int english = 0;
        int serbian = 0;
        int slovenian = 0;
        int accented = 0;
        for (Seen post : demoPosts()) {
            String texts = post.texts().toLowerCase(java.util.Locale.ROOT);
            english += ENGLISH.matcher(texts).find() ? 1 : 0;
            serbian += SERBIAN.matcher(texts).find() ? 1 : 0;
            slovenian += SLOVENIAN.matcher(texts).find() ? 1 : 0;
            accented += texts.matches("(?s).*[čšžćđ].*") ? 1 : 0;
        }
        assertTrue(english >= 15, "English: " + english);
        assertTrue(serbian >= 15, "Serbian: " + serbian);
        assertTrue(slovenian >= 15, "Slovenian: " + slovenian);
        assertTrue(accented >= 30, "with č, š, ž, ć or đ: " + accented);
    }
}
