package app.bravo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;

import app.bravo.audit.Audit;
import app.bravo.web.AppMessages;
import app.bravo.web.BadInputException;
import app.bravo.web.CurrentLocale;
import app.bravo.web.CurrentUser;
import app.bravo.web.Notices;
import jakarta.enterprise.event.Event;

/** The rules of the directory: people, their accounts and teams. Resources stay thin and call these. */
@ApplicationScoped
public class DirectoryService {

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    Event<Notices.PasswordIssued> passwordIssued;

    public static Person requirePerson(long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw new NotFoundException();
        }
        return person;
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
            throw new BadInputException("email", messages().error_email_taken());
        }
        Person person = new Person();
        apply(person, input);
        person.persist();
        Account account = new Account();
        account.person = person;
        account.username = email;
        account.passwordHash = Passwords.lockedHash();
        account.role = input.role().name();
        account.persist();
        audit.record("person.created", "person:" + person.id, email + " as " + input.role());
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
            throw new BadInputException("role", messages().error_cannot_change_own_role());
        }
        if (Person.find("email = ?1 and id <> ?2", email, id).count() > 0) {
            throw new BadInputException("email", messages().error_email_taken());
        }
        if (person.id.equals(currentUser.getId()) && !input.isActive()) {
            throw new BadInputException("active", messages().error_cannot_deactivate_self());
        }
        boolean wasActive = person.active;
        apply(person, input);
        if (account != null) {
            account.username = email;
            account.role = input.role().name();
        }
        audit.record("person.updated", "person:" + person.id,
                email + " as " + input.role() + (wasActive != person.active ? (person.active ? ", reactivated" : ", deactivated") : ""));
        return person;
    }

    @Transactional
    public Team createTeam(TeamInput input) {
        if (Team.findByName(input.name()).isPresent()) {
            throw new BadInputException("name", messages().error_team_taken());
        }
        Team team = new Team();
        team.name = input.name().trim();
        team.department = Department.findOrCreate(input.department());
        team.persist();
        audit.record("team.created", "team:" + team.id, team.name + " in " + team.department.name);
        return team;
    }

    @Transactional
    public Team updateTeam(long id, TeamInput input) {
        Team team = requireTeam(id);
        if (Team.find("lower(name) = lower(?1) and id <> ?2", input.name().trim(), id).count() > 0) {
            throw new BadInputException("name", messages().error_team_taken());
        }
        long members = team.memberCount();
        if (!input.isActive() && members > 0) {
            throw new BadInputException("active", messages().error_team_has_members((int) members));
        }
        team.name = input.name().trim();
        team.department = Department.findOrCreate(input.department());
        boolean wasActive = team.active;
        team.active = input.isActive();
        audit.record("team.updated", "team:" + team.id, team.name + " in " + team.department.name
                + (wasActive != team.active ? (team.active ? ", reactivated" : ", deactivated") : ""));
        return team;
    }

    /** Gives the person a new temporary password and mails it to them; only admins do this. */
    @Transactional
    public void sendNewPassword(long personId) {
        Person person = requirePerson(personId);
        if (!person.active) {
            throw new BadInputException("active", messages().error_cannot_mail_inactive());
        }
        Account account = Account.findByPerson(person).orElseThrow(NotFoundException::new);
        String password = Passwords.temporary();
        account.setPassword(password);
        audit.record("account.password-reset", "person:" + person.id, null);
        passwordIssued.fire(new Notices.PasswordIssued(person.email, person.fullName, account.locale, password));
    }

    /** HR manages employees, moderators and HR; only an admin hands out or takes away admin rights. */
    private void checkRoleAllowed(Role role) {
        if (role == Role.ADMIN && !currentUser.isAdmin()) {
            throw new BadInputException("role", messages().error_admin_only());
        }
    }

    private void apply(Person person, PersonInput input) {
        person.fullName = input.fullName().trim();
        person.email = Person.normaliseEmail(input.email());
        person.jobTitle = input.jobTitle() == null || input.jobTitle().isBlank() ? null : input.jobTitle().trim();
        Team team = Team.findById(input.teamId());
        // A deactivated team takes nobody new, and nobody comes back to life inside it.
        if (team == null || (!team.active && (team != person.team || input.isActive()))) {
            throw new BadInputException("teamId", messages().error_required());
        }
        person.team = team;
        person.active = input.isActive();
    }

    private AppMessages messages() {
        return currentLocale.messages();
    }
}
