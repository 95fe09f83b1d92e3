package app.bravo.people;

import org.jboss.resteasy.reactive.RestForm;

public class TeamForm {

    @RestForm
    public String name;

    @RestForm
    public String department;

    public static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.name = team.name;
        form.department = team.department.name;
        return form;
    }

    public TeamInput toInput() {
        return new TeamInput(name, department);
    }
}
