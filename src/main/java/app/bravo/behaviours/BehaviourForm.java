package app.bravo.behaviours;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;
import app.bravo.i18n.LocalizedText;

public class BehaviourForm {

    @RestForm
    public String nameEn;
    @RestForm
    public String nameSr;
    @RestForm
    public String nameSl;
    @RestForm
    public String descriptionEn;
    @RestForm
    public String descriptionSr;
    @RestForm
    public String descriptionSl;
    @RestForm
    public String exampleEn;
    @RestForm
    public String exampleSr;
    @RestForm
    public String exampleSl;
    @RestForm
    public String active;

    public static BehaviourForm blank() {
        BehaviourForm form = new BehaviourForm();
        form.active = "true";
        return form;
    }

    public static BehaviourForm of(Behaviour behaviour) {
        BehaviourForm form = new BehaviourForm();
        form.nameEn = behaviour.name.en;
        form.nameSr = behaviour.name.sr;
        form.nameSl = behaviour.name.sl;
        form.descriptionEn = behaviour.description.en;
        form.descriptionSr = behaviour.description.sr;
        form.descriptionSl = behaviour.description.sl;
        LocalizedText example = behaviour.example == null ? new LocalizedText() : behaviour.example;
        form.exampleEn = example.en;
        form.exampleSr = example.sr;
        form.exampleSl = example.sl;
        form.active = Boolean.toString(behaviour.active);
        return form;
    }

    public BehaviourInput toInput() {
        return new BehaviourInput(nameEn, nameSr, nameSl, descriptionEn, descriptionSr, descriptionSl, exampleEn,
                exampleSr, exampleSl, Forms.checked(active));
    }

    /** For the checkbox: the field holds text, and the text "false" would count as true in a template. */
    public boolean activeTicked() {
        return Forms.checked(active);
    }
}
