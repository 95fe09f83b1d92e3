package app.bravo.awards;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.Languages;
import app.bravo.i18n.Messages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells a nominee, once, that they were nominated and why (the first citation), after the nomination has
 * committed: a person, or the active members of a nominated team; nobody who turned these e-mails off.
 */
@ApplicationScoped
public class NominationNotices {

    record Recipient(String email, String fullName, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nominated(String headline, String fullName, String citation, String url);
    }

    @Inject
    Mailer mailer;

    @Inject
    BravoConfig config;

    void onNominated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NominationService.Nominated event) {
        record Notice(long roundId, Programme programme, Category category, String citation, List<Recipient> to) {
        }
        Notice notice = QuarkusTransaction.requiringNew().call(() -> {
            Nomination nomination = Nomination.findById(event.nominationId());
            Citation first = Citation.find("nomination = ?1 order by createdAt, id", nomination).firstResult();
            // Touch the texts while the session is open.
            Programme programme = nomination.round.programme;
            programme.name.in("en");
            nomination.category.name.in("en");
            return new Notice(nomination.round.id, programme, nomination.category,
                    first == null ? "" : first.citation, recipients(nomination));
        });
        String url = config.publicUrl() + "/awards/rounds/" + notice.roundId();
        for (Recipient recipient : notice.to()) {
            String language = Languages.orDefault(recipient.language());
            AwardMessages messages = Messages.get(AwardMessages.class, language);
            String award = notice.programme().name.in(language) + " – " + notice.category().name.in(language);
            String body = Templates.nominated(messages.mail_nominated_body(award), recipient.fullName(),
                    notice.citation(), url).setLocale(Locale.forLanguageTag(language)).render();
            mailer.send(Mail.withText(recipient.email(), messages.mail_nominated_subject(award), body)
                    .setFrom(config.mail().from()));
        }
    }

    private static List<Recipient> recipients(Nomination nomination) {
        return Nomination.getEntityManager().createQuery("""
                select distinct p.email, p.fullName, a.locale
                from Person p join Account a on a.person = p
                where p.active = true and a.notices = true
                  and (p in (select n.person from Nomination n where n.id = :id)
                       or p.team in (select m.team from Nomination m where m.id = :id))""", Object[].class)
                .setParameter("id", nomination.id).getResultStream()
                .map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
