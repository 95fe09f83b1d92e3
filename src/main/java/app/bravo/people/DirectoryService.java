package app.bravo.people;

import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;

import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.security.CurrentUser;
import app.bravo.security.Passwords;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;

/** The rules of the directory: people, their accounts and teams. Resources stay thin and call these. */
@ApplicationScoped
public class DirectoryService {

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Notices.PasswordIssued> passwordIssued;

    @Inject
    Event<DirectoryCounts.Changed> directoryChanged;

    public static Person requirePerson(long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw new NotFoundException();
        }
        return person;
    }

    /** A person as a reader may see them: a deactivated one only with {@code withDeactivated}. */
    public static Person visiblePerson(long id, boolean withDeactivated) {
        Person person = requirePerson(id);
        if (!person.active && !withDeactivated) {
            throw new NotFoundException();
        }
        return person;
    }

    /** A team as a reader may see it: a deactivated one only with {@code withDeactivated}. */
    public static Team visibleTeam(long id, boolean withDeactivated) {
        Team team = requireTeam(id);
        if (!team.active && !withDeactivated) {
            throw new NotFoundException();
        }
        return team;
    }

    public static Team requireTeam(long id) {
        Team team = Team.findById(id);
        if (team == null) {
            throw new NotFoundException();
        }
        return team;
    }

    @Transactional
    public Person createPerson(PersonInput input) {
        String email = Person.normaliseEmail(input.email());
        checkRoleAllowed(input.role());
        if (Person.findByEmail(email).isPresent()) {
            throw new BadInputException("email", msg(m -> m.error_email_taken()));
        }
        Person person = Person.enrol(input.fullName(), email, input.jobTitle(), activeTeam(input.teamId()),
                input.role(), Passwords.lockedHash());
        person.active = input.isActive();
        audit.record("person.created", "person:" + person.id, Map.of("email", email, "role", input.role()));
        directoryChanged.fire(new DirectoryCounts.Changed());
        return person;
    }

    @Transactional
    public Person updatePerson(long id, PersonInput input) {
        Person person = requirePerson(id);
        String email = Person.normaliseEmail(input.email());
        Account account = Account.findByPerson(person).orElse(null);
        Role previousRole = account == null ? null : account.roleValue();
        // An admin's record (e-mail, activity, role) is an admin's business: HR must not lock one out. With
        // nobody changing their own role or deactivating themselves, the acting admin always remains one.
        if (previousRole == Role.ADMIN && !currentUser.isAdmin()) {
            throw new ForbiddenException();
        }
        checkRoleAllowed(input.role());
        if (person.id.equals(currentUser.getId()) && previousRole != null && input.role() != previousRole) {
            throw new BadInputException("role", msg(m -> m.error_cannot_change_own_role()));
        }
        if (Person.find("email = ?1 and id <> ?2", email, id).count() > 0) {
            throw new BadInputException("email", msg(m -> m.error_email_taken()));
        }
        if (person.id.equals(currentUser.getId()) && !input.isActive()) {
            throw new BadInputException("active", msg(m -> m.error_cannot_deactivate_self()));
        }
        boolean wasActive = person.active;
        apply(person, input);
        if (account != null) {
            account.changeUsername(email);
            account.changeRole(input.role());
            if (wasActive && !person.active) {
                account.endSessions();
            }
        }
        audit.record("person.updated", "person:" + person.id, Map.of("email", email, "role", input.role(),
                "change", change(wasActive, person.active)));
        directoryChanged.fire(new DirectoryCounts.Changed());
        return person;
    }

    @Transactional
    public Team createTeam(TeamInput input) {
        if (Team.findByName(input.name()).isPresent()) {
            throw new BadInputException("name", msg(m -> m.error_team_taken()));
        }
        Team team = Team.create(input.name(), input.department());
        audit.record("team.created", "team:" + team.id,
                Map.of("name", team.name, "department", team.department.name));
        directoryChanged.fire(new DirectoryCounts.Changed());
        return team;
    }

    @Transactional
    public Team updateTeam(long id, TeamInput input) {
        Team team = requireTeam(id);
        if (Team.find("lower(name) = lower(?1) and id <> ?2", input.name().trim(), id).count() > 0) {
            throw new BadInputException("name", msg(m -> m.error_team_taken()));
        }
        long members = team.memberCount();
        if (!input.isActive() && members > 0) {
            throw new BadInputException("active", msg(m -> m.error_team_has_members((int) members)));
        }
        String newName = input.name().trim();
        boolean renamed = !newName.equals(team.name);
        team.name = newName;
        team.department = Department.findOrCreate(input.department());
        boolean wasActive = team.active;
        team.active = input.isActive();
        if (renamed) {
            // The team's name is among its members' search words.
            Person.<Person> stream("team", team).forEach(Person::refreshTerms);
        }
        audit.record("team.updated", "team:" + team.id, Map.of("name", team.name, "department",
                team.department.name, "change", change(wasActive, team.active)));
        directoryChanged.fire(new DirectoryCounts.Changed());
        return team;
    }

    /** Gives the person a new temporary password and mails it to them; only admins do this. */
    @Transactional
    public void sendNewPassword(long personId) {
        Person person = requirePerson(personId);
        if (!person.active) {
            throw new BadInputException("active", msg(m -> m.error_cannot_mail_inactive()));
        }
        Account account = Account.findByPerson(person).orElseThrow(NotFoundException::new);
        String password = Passwords.temporary();
        account.setPassword(password);
        audit.record("account.password-reset", "person:" + person.id);
        passwordIssued.fire(new Notices.PasswordIssued(person.email, person.fullName, account.locale, password));
    }

    /** HR manages employees, moderators and HR; only an admin hands out or takes away admin rights. */
    private void checkRoleAllowed(Role role) {
        if (role == Role.ADMIN && !currentUser.isAdmin()) {
            throw new BadInputException("role", msg(m -> m.error_admin_only()));
        }
    }

    private void apply(Person person, PersonInput input) {
        person.fullName = input.fullName().trim();
        person.email = Person.normaliseEmail(input.email());
        person.jobTitle = input.jobTitle() == null || input.jobTitle().isBlank() ? null : input.jobTitle().trim();
        Team team = Team.findById(input.teamId());
        // A deactivated team takes nobody new, and nobody comes back to life inside it.
        if (team == null || (!team.active && (team != person.team || input.isActive()))) {
            throw new BadInputException("teamId", msg(m -> m.error_team_unavailable()));
        }
        person.team = team;
        person.active = input.isActive();
    }

    /** How a save changed the active flag, for the audit log: "deactivated", "reactivated" or "". */
    static String change(boolean wasActive, boolean isActive) {
        return wasActive == isActive ? "" : isActive ? "reactivated" : "deactivated";
    }

    private static Team activeTeam(Long id) {
        Team team = id == null ? null : Team.findById(id);
        if (team == null || !team.active) {
            throw new BadInputException("teamId", msg(m -> m.error_team_unavailable()));
        }
        return team;
    }

    private static Text msg(Function<PeopleMessages, String> message) {
        return Text.of(PeopleMessages.class, message);
    }
}
