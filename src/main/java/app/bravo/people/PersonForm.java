package app.bravo.people;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;
import app.bravo.security.Role;

/** The person form as typed, kept as text so a bad value can be shown again. */
public class PersonForm {

    @RestForm
    public String fullName;

    @RestForm
    public String email;

    @RestForm
    public String jobTitle;

    @RestForm
    public String teamId;

    @RestForm
    public String role;

    @RestForm
    public String active;

    public static PersonForm blank() {
        PersonForm form = new PersonForm();
        form.role = Role.EMPLOYEE.name();
        form.active = "true";
        return form;
    }

    public static PersonForm of(Person person, Account account) {
        PersonForm form = new PersonForm();
        form.fullName = person.fullName;
        form.email = person.email;
        form.jobTitle = person.jobTitle;
        form.teamId = person.team == null ? null : person.team.id.toString();
        form.role = account == null ? Role.EMPLOYEE.name() : account.role;
        form.active = Boolean.toString(person.active);
        return form;
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    public PersonInput toInput() {
        return new PersonInput(trim(fullName), trim(email), trim(jobTitle), Forms.parseId(teamId),
                Role.parse(role).orElse(null), Forms.checked(active));
    }

    /** For the checkbox: the field holds text, and the text "false" would count as true in a template. */
    public boolean activeTicked() {
        return Forms.checked(active);
    }
}
