package app.bravo.posts;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** Comments taken down, in the audit log in the reader's language. */
@ApplicationScoped
public class CommentAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        PostMessages m = Messages.get(PostMessages.class, language);
        String details = m.audit_comment_details(args.getOrDefault("post", ""));
        return Optional.ofNullable(switch (action) {
            case "comment.deleted" -> new Description(m.audit_comment_deleted(), details);
            case "comment.removed" -> new Description(m.audit_comment_removed(), details);
            default -> null;
        });
    }
}
