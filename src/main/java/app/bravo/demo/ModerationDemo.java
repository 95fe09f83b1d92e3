package app.bravo.demo;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.people.Person;
import app.bravo.posts.Comment;
import app.bravo.posts.Post;
import app.bravo.posts.Report;
import io.quarkus.runtime.StartupEvent;

/**
 * Congratulations under some of the demo board's posts (found by the start of their stories, as {@link BoardDemo}
 * writes them), in the three languages, and one open report of a post that names a customer's street, so the post
 * pages and the moderation queue have something to show on first start. Loaded after the demo board, only in
 * demo mode and only while nobody has commented or reported anything.
 */
@ApplicationScoped
public class ModerationDemo {

    private static final Logger LOG = Logger.getLogger(ModerationDemo.class);

    /** The post (the start of its story), author and text of each congratulation. */
    private static final String[][] COMMENTS = {
        { "A customer called in tears", "Jelena Nikolić", "Congratulations, well deserved!" },
        { "I came in angry about my bill", "Nenad Popović", "Bravo, Ana! Tako se radi." },
        { "Billing fixed 240 wrong invoices", "Stefan Đorđević", "Thank you, Billing, you saved our Monday." },
        { "Marija took the case from Vesna", "Petar Lazić", "Svaka čast, koleginice!" },
        { "Gradska biblioteka šalje poruku", "Sara Zupan", "Odlična ideja, to bi lahko uvedli tudi mi." },
        { "Tjaša je stranki, ki je bila", "Vesna Mlakar", "Čestitke, Tjaša, odlično opravljeno!" },
    };

    /** The post reported to the moderators: its story names a customer's street. */
    private static final String REPORTED = "Luka je jednoj gospođi iz Ulice";

    @Inject
    BravoConfig config;

    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 20) StartupEvent event) {
        if (!config.demo().enabled() || Comment.count() > 0 || Report.count() > 0) {
            return;
        }
        int written = 0;
        for (String[] row : COMMENTS) {
            Post post = demoPost(row[0]).orElse(null);
            if (post == null || post.publishedAt == null) {
                continue;
            }
            Comment comment = new Comment();
            comment.post = post;
            comment.author = person(row[1]);
            comment.body = row[2];
            comment.status = Comment.Status.VISIBLE;
            comment.createdAt = post.publishedAt.plus(Duration.ofMinutes(30L + written++));
            comment.persist();
            post.comments++;
        }
        Post reported = demoPost(REPORTED).filter(p -> p.publishedAt != null).orElse(null);
        if (reported == null) {
            return;
        }
        Report report = new Report();
        report.post = reported;
        report.reporter = person("Nina Kralj");
        report.reason = "The story mentions the customer's street; could a moderator check it?";
        report.status = Report.Status.OPEN;
        report.createdAt = reported.publishedAt.plus(Duration.ofHours(1));
        report.openTarget = Report.target(reported.id, null);
        report.persist();
        LOG.infof("Loaded %d demo congratulations and a report", written);
    }

    private static Optional<Post> demoPost(String storyStart) {
        return Post.<Post> find("story like ?1", storyStart + "%").firstResultOptional();
    }

    private static Person person(String fullName) {
        return Person.<Person> find("fullName", fullName).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("demo person missing: " + fullName));
    }
}
