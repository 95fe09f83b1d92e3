package app.bravo.people;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import app.bravo.config.BravoConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import app.bravo.i18n.Languages;
import app.bravo.i18n.Messages;

/**
 * Mail that Bravo sends, in the recipient's language and only after the change that caused it has committed.
 * In dev, demo and test the mailer is a mock mailbox; production sends through the SMTP server from
 * configuration.
 */
@ApplicationScoped
public class Notices {

    /** A person was given a new temporary password. */
    public record PasswordIssued(String email, String fullName, String language, String password) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newPassword(String fullName, String password, String loginUrl);
    }

    @Inject
    Mailer mailer;

    @Inject
    BravoConfig config;

    void onPasswordIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordIssued event) {
        String language = Languages.orDefault(event.language());
        PeopleMessages messages = Messages.get(PeopleMessages.class, language);
        String body = Templates.newPassword(event.fullName(), event.password(), config.publicUrl() + "/login")
                .setLocale(Locale.forLanguageTag(language))
                .render();
        mailer.send(Mail.withText(event.email(), messages.mail_new_password_subject(), body)
                .setFrom(config.mail().from()));
    }
}
