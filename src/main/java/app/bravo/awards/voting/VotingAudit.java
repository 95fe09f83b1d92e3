package app.bravo.awards.voting;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** HR's recounts and tie resolutions in the audit log. Ballots are never audited: the log must not say who voted how. */
@ApplicationScoped
public class VotingAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        VotingMessages m = Messages.get(VotingMessages.class, language);
        String round = args.getOrDefault("round", "");
        return Optional.ofNullable(switch (action) {
            case "awards.retallied" -> new Description(m.audit_retallied(), round);
            case "awards.tie-resolved" -> new Description(m.audit_tie_resolved(),
                    round + " · " + args.getOrDefault("category", "") + " · "
                            + ("SHARED".equals(args.get("resolution")) ? m.resolution_shared() : m.resolution_runoff())
                            + (args.getOrDefault("note", "").isEmpty() ? "" : " · " + args.get("note")));
            default -> null;
        });
    }
}
