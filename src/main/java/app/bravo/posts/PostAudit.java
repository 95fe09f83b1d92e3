package app.bravo.posts;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;

/** The board's audit actions (posts, customer data, rules that got in the way) in the reader's language. */
@ApplicationScoped
public class PostAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        PostMessages m = Messages.get(PostMessages.class, language);
        String about = kind(args.get("kind"), m) + (args.containsKey("about") ? ": " + args.get("about") : "");
        return Optional.ofNullable(switch (action) {
            case "post.created" -> new Description(m.audit_post_created(), about);
            case "post.updated" -> new Description(m.audit_post_updated(), about);
            case "post.removed" -> new Description(m.audit_post_removed(), about);
            case "customer.anonymised" -> new Description(m.audit_customer_anonymised(), "");
            case "customer.erased" -> new Description(m.audit_customer_erased(),
                    args.getOrDefault("customer", "") + " · " + args.getOrDefault("posts", ""));
            case "rule.proposed", "rule.created", "rule.kept", "rule.retired", "rule.restored" ->
                    new Description(m.audit_rule_changed(), action.substring(5) + ": " + args.getOrDefault("name", ""));
            case "rule.merged" -> new Description(m.audit_rule_changed(),
                    m.rules_merged_into(args.getOrDefault("into", "")) + ": " + args.getOrDefault("name", ""));
            default -> null;
        });
    }

    private static String kind(String kind, PostMessages m) {
        Post.Kind parsed = Post.Kind.parse(kind);
        if (parsed == null) {
            return "";
        }
        return switch (parsed) {
            case COMPLAINT_STORY -> m.kind_complaint_story();
            case CUSTOMER_PRAISE -> m.kind_customer_praise();
            case INSPIRATION -> m.kind_inspiration();
            default -> m.kind_recognition();
        };
    }
}
