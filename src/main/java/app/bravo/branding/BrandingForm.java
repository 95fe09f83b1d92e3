package app.bravo.branding;

import org.jboss.resteasy.reactive.RestForm;

/** The admin page's name and colour fields as typed, kept when the form comes back with errors. */
public class BrandingForm {

    @RestForm
    public String name;

    @RestForm
    public String accent;

    static BrandingForm of(Branding branding) {
        BrandingForm form = new BrandingForm();
        form.name = branding.getName();
        form.accent = branding.getAccent().hex();
        return form;
    }

    BrandingInput toInput() {
        return new BrandingInput(name == null ? null : name.strip(), accent == null ? null : accent.strip());
    }
}
