package app.bravo.awards;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** The award actions (programmes, categories, rounds and their phases, nominations) in the reader's language. */
@ApplicationScoped
public class AwardAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        AwardMessages m = Messages.get(AwardMessages.class, language);
        String name = args.getOrDefault("name", "");
        return Optional.ofNullable(switch (action) {
            case "award.programme.created", "award.programme.updated" -> new Description(m.audit_programme(), name);
            case "award.category.created", "award.category.updated" -> new Description(m.audit_category(),
                    args.getOrDefault("programme", "") + ": " + name);
            case "award.round.created" -> new Description(m.audit_round_created(),
                    args.getOrDefault("programme", "") + ": " + args.getOrDefault("title", ""));
            case "award.round.phase" -> new Description(m.audit_phase(), args.getOrDefault("title", "") + ": "
                    + args.getOrDefault("from", "") + " → " + args.getOrDefault("to", ""));
            case "award.nominated", "award.nomination.edited" -> new Description(m.audit_nominated(),
                    args.getOrDefault("nominee", ""));
            case "award.shortlisted" -> new Description(m.audit_shortlisted(),
                    args.getOrDefault("category", "") + ": " + args.getOrDefault("finalists", ""));
            case "award.nomination.withdrawn" -> new Description(m.audit_withdrawn(),
                    args.getOrDefault("nominee", "") + ": " + args.getOrDefault("reason", ""));
            case "award.runoff.opened" -> new Description(m.audit_runoff_opened(), args.getOrDefault("decides", "")
                    + " → " + args.getOrDefault("title", "") + ": " + args.getOrDefault("category", "") + " ("
                    + args.getOrDefault("finalists", "") + ")");
            default -> null;
        });
    }
}
