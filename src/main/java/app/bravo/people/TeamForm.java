package app.bravo.people;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

public class TeamForm {

    @RestForm
    public String name;

    @RestForm
    public String department;

    @RestForm
    public String active;

    public static TeamForm blank() {
        TeamForm form = new TeamForm();
        form.active = "true";
        return form;
    }

    public static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.name = team.name;
        form.department = team.department.name;
        form.active = Boolean.toString(team.active);
        return form;
    }

    public TeamInput toInput() {
        return new TeamInput(name, department, Forms.checked(active));
    }

    /** For the checkbox: the field holds text, and the text "false" would count as true in a template. */
    public boolean activeTicked() {
        return Forms.checked(active);
    }
}
