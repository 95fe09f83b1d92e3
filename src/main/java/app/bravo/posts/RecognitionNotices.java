package app.bravo.posts;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.Languages;
import app.bravo.i18n.Messages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells the people a post on the board names (a recognition, praise, a resolved-complaint story), and the members
 * of a team it names, by one e-mail each, in their own language, once it has reached the board (after commit);
 * not the author, and nobody who turned these e-mails off. Praise never names its customer here.
 */
@ApplicationScoped
public class RecognitionNotices {

    private static final Logger LOG = Logger.getLogger(RecognitionNotices.class);

    /** A post reached the board (published at once, or approved by a moderator). */
    public record Published(long postId) {
    }

    record Recipient(String email, String fullName, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recognised(String headline, String fullName, String story, String url);
    }

    @Inject
    Mailer mailer;

    @Inject
    BravoConfig config;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
        record Story(Post.Kind kind, String author, String text, List<Recipient> recipients) {
        }
        Story story = QuarkusTransaction.requiringNew().call(() -> {
            Post post = Post.findById(event.postId());
            return new Story(post.kind(), post.author.fullName, post.story, recipients(post));
        });
        String url = config.publicUrl() + "/#post-" + event.postId();
        for (Recipient recipient : story.recipients()) {
            String language = Languages.orDefault(recipient.language());
            PostMessages messages = Messages.get(PostMessages.class, language);
            String subject = switch (story.kind()) {
                case CUSTOMER_PRAISE -> messages.mail_praised_subject();
                case COMPLAINT_STORY -> messages.mail_story_subject(story.author());
                default -> messages.mail_recognised_subject(story.author());
            };
            String headline = switch (story.kind()) {
                case CUSTOMER_PRAISE -> messages.mail_praised_body();
                case COMPLAINT_STORY -> messages.mail_story_body(story.author());
                default -> messages.mail_recognised_body(story.author());
            };
            String body = Templates.recognised(headline, recipient.fullName(), story.text(), url)
                    .setLocale(Locale.forLanguageTag(language)).render();
            mailer.send(Mail.withText(recipient.email(), subject, body).setFrom(config.mail().from()));
        }
        LOG.debugf("Post %d: %d e-mails", event.postId(), story.recipients().size());
    }

    /** Named people and the active members of a named team, once each, without the author, with notices on. */
    private static List<Recipient> recipients(Post post) {
        return Post.getEntityManager().createQuery("""
                select distinct p.email, p.fullName, a.locale
                from Person p join Account a on a.person = p
                where p.active = true and a.notices = true and p.id <> :author
                  and (p in (select r from Post x join x.recipients r where x.id = :post)
                       or p.team in (select t from Post y join y.teams t where y.id = :post))""",
                Object[].class).setParameter("post", post.id).setParameter("author", post.author.id)
                .getResultStream().map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
