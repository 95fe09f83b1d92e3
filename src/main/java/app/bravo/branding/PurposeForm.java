package app.bravo.branding;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.i18n.LocalizedText;

/** HR's purpose statement form, one field per language (named like {@link PurposeInput}'s, so errors mark them). */
public class PurposeForm {

    @RestForm
    public String en;

    @RestForm
    public String sr;

    @RestForm
    public String sl;

    static PurposeForm of(LocalizedText purpose) {
        PurposeForm form = new PurposeForm();
        if (purpose != null) {
            form.en = purpose.en;
            form.sr = purpose.sr;
            form.sl = purpose.sl;
        }
        return form;
    }

    PurposeInput toInput() {
        return new PurposeInput(en, sr, sl);
    }
}
