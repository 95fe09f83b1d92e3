package app.bravo.awards.voting;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.awards.Category;
import app.bravo.awards.Phase;
import app.bravo.awards.PhaseChanged;
import app.bravo.awards.Round;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.Languages;
import app.bravo.i18n.Messages;
import app.bravo.people.Person;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells the round's voters, once each, that voting has opened and that it has closed: after the phase move has
 * committed, in each person's language, not those who turned these e-mails off.
 */
@ApplicationScoped
public class VotingNotices {

    private static final Logger LOG = Logger.getLogger(VotingNotices.class);

    record Recipient(String email, String fullName, String language) {
    }

    record Notice(String programme, String round, List<Recipient> recipients) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(String fullName, String headline, String url);
    }

    @Inject
    Mailer mailer;

    @Inject
    BravoConfig config;

    void onPhaseChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PhaseChanged event) {
        if (event.to() != Phase.VOTING && event.to() != Phase.CLOSED) {
            return;
        }
        boolean opened = event.to() == Phase.VOTING;
        Notice notice = QuarkusTransaction.requiringNew().call(() -> {
            Round round = Round.findById(event.roundId());
            return new Notice(round.programme.name.en, round.title, voters(round));
        });
        String url = config.publicUrl() + "/awards/ballots/" + event.roundId();
        for (Recipient recipient : notice.recipients()) {
            String language = Languages.orDefault(recipient.language());
            VotingMessages m = Messages.get(VotingMessages.class, language);
            String subject = opened ? m.mail_opened_subject(notice.round()) : m.mail_closed_subject(notice.round());
            String headline = opened ? m.mail_opened_body(notice.round()) : m.mail_closed_body(notice.round());
            String body = Templates.notice(recipient.fullName(), headline, url)
                    .setLocale(Locale.forLanguageTag(language)).render();
            mailer.send(Mail.withText(recipient.email(), subject, body).setFrom(config.mail().from()));
        }
        LOG.debugf("Round %s %s: %s e-mails", (Object) event.roundId(), event.to(), notice.recipients().size());
    }

    /** Active people with notices on who may vote in at least one of the round's categories. */
    static List<Recipient> voters(Round round) {
        boolean everyone = false;
        Set<Long> departments = new HashSet<>();
        for (Category category : Category.ofRound(round)) {
            if (!category.votersFromChosen) {
                everyone = true;
            }
            category.voterDepartments.forEach(d -> departments.add(d.id));
        }
        if (!everyone && departments.isEmpty()) {
            return List.of();
        }
        String scope = everyone ? "" : " and p.team.department.id in :departments";
        var query = Person.getEntityManager().createQuery("select p.email, p.fullName, a.locale"
                + " from Person p join Account a on a.person = p where p.active = true and a.notices = true" + scope,
                Object[].class);
        if (!everyone) {
            query.setParameter("departments", departments);
        }
        return query.getResultStream().map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
