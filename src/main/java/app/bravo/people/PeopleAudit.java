package app.bravo.people;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.bravo.audit.AuditDescriber;
import app.bravo.i18n.Messages;
import app.bravo.security.Role;

/** The directory's audit actions in the reader's language. */
@ApplicationScoped
public class PeopleAudit implements AuditDescriber {

    @Override
    public Optional<Description> describe(String action, Map<String, String> args, String language) {
        PeopleMessages m = Messages.get(PeopleMessages.class, language);
        String email = args.getOrDefault("email", "");
        String role = Role.parse(args.get("role")).map(r -> RoleLabels.of(r, m)).orElse("");
        String team = m.audit_team_details(args.getOrDefault("name", ""), args.getOrDefault("department", ""));
        return Optional.ofNullable(switch (action) {
            case "person.created" -> new Description(m.audit_person_created(), m.audit_person_details(email, role));
            case "person.updated" -> new Description(m.audit_person_updated(),
                    withChange(m.audit_person_details(email, role), args.get("change"), m));
            case "team.created" -> new Description(m.audit_team_created(), team);
            case "team.updated" -> new Description(m.audit_team_updated(), withChange(team, args.get("change"), m));
            case "account.password-changed" -> new Description(m.audit_password_changed(), "");
            case "account.password-reset" -> new Description(m.audit_password_reset(), "");
            case "people.imported" -> new Description(m.audit_people_imported(), m.audit_import_details(
                    number(args.get("created")), number(args.get("updated")), number(args.get("unchanged"))));
            default -> null;
        });
    }

    private static String withChange(String details, String change, PeopleMessages m) {
        if ("deactivated".equals(change)) {
            return details + " · " + m.audit_deactivated();
        }
        if ("reactivated".equals(change)) {
            return details + " · " + m.audit_reactivated();
        }
        return details;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
