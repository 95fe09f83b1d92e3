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
        String role = role(args.get("role"), m);
        String team = m.audit_team_details(args.getOrDefault("name", ""), args.getOrDefault("department", ""));
        return Optional.ofNullable(switch (action) {
            case "person.created" -> new Description(m.audit_person_created(),
                    via(m.audit_person_details(email, role), args, m));
            case "person.updated" -> new Description(m.audit_person_updated(), via(withFields(
                    withChange(m.audit_person_details(email, role), args, m), args, m), args, m));
            case "team.created" -> new Description(m.audit_team_created(), via(team, args, m));
            case "team.updated" -> new Description(m.audit_team_updated(), via(withChange(team, args, m), args, m));
            case "department.created" -> new Description(m.audit_department_created(),
                    via(args.getOrDefault("name", ""), args, m));
            case "account.password-changed" -> new Description(m.audit_password_changed(), "");
            case "account.password-reset" -> new Description(m.audit_password_reset(), "");
            case "people.imported" -> new Description(m.audit_people_imported(), importDetails(args, m));
            default -> null;
        });
    }

    private static String role(String name, PeopleMessages m) {
        return Role.parse(name).map(r -> RoleLabels.of(r, m)).orElse(name == null ? "" : name);
    }

    /** What a change of a person's record changed, old and new (entries of the staff import carry these). */
    private static String withFields(String details, Map<String, String> args, PeopleMessages m) {
        StringBuilder text = new StringBuilder(details);
        if (args.containsKey("was.name")) {
            text.append(" · ").append(m.audit_changed_name(args.get("was.name"), args.getOrDefault("name", "")));
        }
        if (args.containsKey("was.team")) {
            text.append(" · ").append(m.audit_changed_team(args.get("was.team"), args.getOrDefault("team", "")));
        }
        if (args.containsKey("was.role")) {
            text.append(" · ").append(m.audit_changed_role(role(args.get("was.role"), m), role(args.get("role"), m)));
        }
        return text.toString();
    }

    private static String via(String details, Map<String, String> args, PeopleMessages m) {
        return "import".equals(args.get("via")) ? details + " · " + m.audit_via_import() : details;
    }

    private static String importDetails(Map<String, String> args, PeopleMessages m) {
        String people = m.audit_import_details(number(args.get("created")), number(args.get("updated")),
                number(args.get("unchanged")));
        int teamsCreated = number(args.get("teamsCreated"));
        int teamsMoved = number(args.get("teamsMoved"));
        return teamsCreated + teamsMoved == 0 ? people
                : people + "; " + m.audit_import_teams(teamsCreated, teamsMoved);
    }

    private static String withChange(String details, Map<String, String> args, PeopleMessages m) {
        String change = args.get("change");
        if ("moved".equals(change)) {
            return details + " · " + m.audit_team_moved(args.getOrDefault("from", ""));
        }
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
