package app.bravo.quality;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Feedback changes in the audit log, in the reader's language. */
@ApplicationScoped
public class QualityAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        QualityMessages m = Messages.get(QualityMessages.class, language);
        return Optional.ofNullable(switch (action) {
            case "feedback.comment_cleared" -> new Description(m.audit_comment_cleared(),
                    "true".equals(args.get("held")) ? "" : m.audit_comment_was_empty());
            default -> null;
        });
    }
}
