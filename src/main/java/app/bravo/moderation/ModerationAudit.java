package app.bravo.moderation;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** The moderators' decisions in the audit log, in the reader's language. */
@ApplicationScoped
public class ModerationAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        ModerationMessages m = Messages.get(ModerationMessages.class, language);
        StringBuilder target = new StringBuilder(m.audit_post(args.getOrDefault("post", "")));
        if (args.containsKey("comment")) {
            target.append(" · ").append(m.audit_comment(args.get("comment")));
        }
        if (args.containsKey("reason")) {
            target.append(" · ").append(m.reported_reason(args.get("reason")));
        }
        String details = target.toString();
        return Optional.ofNullable(switch (action) {
            case "moderation.approved" -> new Description(m.audit_approved(), details);
            case "moderation.rejected" -> new Description(m.audit_rejected(), details);
            case "moderation.report-dismissed" -> new Description(m.audit_report_dismissed(), details);
            case "moderation.report-removed" -> new Description(m.audit_report_removed(), details);
            default -> null;
        });
    }
}
