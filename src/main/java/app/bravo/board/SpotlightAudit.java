package app.bravo.board;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Spotlight pins in the audit log, in the reader's language. */
@ApplicationScoped
public class SpotlightAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        BoardMessages m = Messages.get(BoardMessages.class, language);
        return Optional.ofNullable(switch (action) {
            case "post.pinned" -> new Description(m.audit_pinned(), m.pinned_until(args.getOrDefault("until", "")));
            case "post.unpinned" -> new Description(m.audit_unpinned(), "");
            default -> null;
        });
    }
}
