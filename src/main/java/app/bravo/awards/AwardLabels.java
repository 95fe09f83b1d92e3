package app.bravo.awards;

import java.util.Locale;

import app.bravo.awards.tally.VotingMethod;
import app.bravo.i18n.Messages;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/** {@code {round.phase.label}} and friends: the awards' enums in the language the page is rendered in. */
@TemplateExtension
public class AwardLabels {

    static AwardMessages messages(Object locale) {
        return Messages.get(AwardMessages.class, locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale));
    }

    static String label(Phase phase, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        AwardMessages m = messages(locale);
        return switch (phase) {
            case DRAFT -> m.phase_DRAFT();
            case NOMINATING -> m.phase_NOMINATING();
            case SHORTLISTING -> m.phase_SHORTLISTING();
            case VOTING -> m.phase_VOTING();
            case CLOSED -> m.phase_CLOSED();
            case ANNOUNCED -> m.phase_ANNOUNCED();
        };
    }

    static String label(Cadence cadence, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        AwardMessages m = messages(locale);
        return switch (cadence) {
            case MONTHLY -> m.cadence_MONTHLY();
            case QUARTERLY -> m.cadence_QUARTERLY();
            case YEARLY -> m.cadence_YEARLY();
            case ONE_OFF -> m.cadence_ONE_OFF();
        };
    }

    static String label(NomineeKind kind, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        AwardMessages m = messages(locale);
        return switch (kind) {
            case PEOPLE -> m.nominees_PEOPLE();
            case TEAMS -> m.nominees_TEAMS();
            case BOTH -> m.nominees_BOTH();
        };
    }

    static String label(VotingMethod method, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        AwardMessages m = messages(locale);
        return switch (method) {
            case PLURALITY -> m.method_PLURALITY();
            case APPROVAL -> m.method_APPROVAL();
            case INSTANT_RUNOFF -> m.method_INSTANT_RUNOFF();
            case BORDA -> m.method_BORDA();
        };
    }
}
