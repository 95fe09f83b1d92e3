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
 * Tells the people a recognition names, and the members of a team it names, by one e-mail each, in their own
 * language, after the recognition has committed; not the author, and nobody who turned these e-mails off.
 */
@ApplicationScoped
public class RecognitionNotices {

    private static final Logger LOG = Logger.getLogger(RecognitionNotices.class);

    /** A recognition reached the board. */
    public record Published(long postId) {
    }

    record Recipient(String email, String fullName, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recognised(String fullName, String author, String story, String url);
    }

    @Inject
    Mailer mailer;

    @Inject
    BravoConfig config;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
        record Story(String author, String text, List<Recipient> recipients) {
        }
        Story story = QuarkusTransaction.requiringNew().call(() -> {
            Recognition recognition = Recognition.findById(event.postId());
            return new Story(recognition.author.fullName, recognition.story, recipients(recognition));
        });
        String url = config.publicUrl() + "/#post-" + event.postId();
        for (Recipient recipient : story.recipients()) {
            String language = Languages.orDefault(recipient.language());
            PostMessages messages = Messages.get(PostMessages.class, language);
            String body = Templates.recognised(recipient.fullName(), story.author(), story.text(), url)
                    .setLocale(Locale.forLanguageTag(language)).render();
            mailer.send(Mail.withText(recipient.email(), messages.mail_recognised_subject(story.author()), body)
                    .setFrom(config.mail().from()));
        }
        LOG.debugf("Recognition %d: %d e-mails", event.postId(), story.recipients().size());
    }

    /** Named people and the active members of a named team, once each, without the author, with notices on. */
    private static List<Recipient> recipients(Recognition recognition) {
        return Recognition.getEntityManager().createQuery("""
                select distinct p.email, p.fullName, a.locale
                from Person p join Account a on a.person = p
                where p.active = true and a.notices = true and p.id <> :author
                  and (p in (select r from Recognition x join x.recipients r where x.id = :post)
                       or p.team in (select t from Recognition y join y.teams t where y.id = :post))""",
                Object[].class).setParameter("post", recognition.id).setParameter("author", recognition.author.id)
                .getResultStream().map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
