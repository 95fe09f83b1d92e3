package app.bravo.demo;

import java.time.Duration;
import java.util.List;

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
 * Congratulations under the newest demo posts, in the three languages, and one open report, so the post pages
 * and the moderation queue have something to show on first start. Loaded after the demo recognitions, only in
 * demo mode and only while nobody has commented or reported anything.
 */
@ApplicationScoped
public class ModerationDemo {

    private static final Logger LOG = Logger.getLogger(ModerationDemo.class);

    /** Author and text of the congratulations, given out over the newest posts in turn. */
    private static final String[][] COMMENTS = {
        { "Jelena Nikolić", "Congratulations, well deserved!" },
        { "Nenad Popović", "Bravo! Tako se radi." },
        { "Vesna Mlakar", "Čestitke, odlično opravljeno!" },
        { "Stefan Đorđević", "Thank you for showing us how it is done." },
        { "Sara Zupan", "Hvala za zgled!" },
        { "Petar Lazić", "Svaka čast, kolega!" },
    };

    @Inject
    BravoConfig config;

    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 20) StartupEvent event) {
        if (!config.demo().enabled() || Comment.count() > 0 || Report.count() > 0) {
            return;
        }
        List<Post> newest = Post.find("status = ?1 order by publishedAt desc", Post.Status.APPROVED).page(0, 4).list();
        if (newest.isEmpty()) {
            return;
        }
        for (int i = 0; i < COMMENTS.length; i++) {
            Post post = newest.get(i % newest.size());
            Comment comment = new Comment();
            comment.post = post;
            comment.author = person(COMMENTS[i][0]);
            comment.body = COMMENTS[i][1];
            comment.status = Comment.Status.VISIBLE;
            comment.createdAt = post.publishedAt.plus(Duration.ofMinutes(30L + i));
            comment.persist();
            post.comments++;
        }
        Post reported = newest.get(newest.size() - 1);
        Report report = new Report();
        report.post = reported;
        report.reporter = person("Nina Kralj");
        report.reason = "The story mentions the customer's street; could a moderator check it?";
        report.status = Report.Status.OPEN;
        report.createdAt = reported.publishedAt.plus(Duration.ofHours(1));
        report.openTarget = Report.target(reported.id, null);
        report.persist();
        LOG.infof("Loaded %d demo congratulations and a report", COMMENTS.length);
    }

    private static Person person(String fullName) {
        return Person.<Person> find("fullName", fullName).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("demo person missing: " + fullName));
    }
}
