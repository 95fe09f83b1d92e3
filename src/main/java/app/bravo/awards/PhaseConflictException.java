package app.bravo.awards;

import app.bravo.i18n.Text;

/**
 * The round was no longer in the phase the caller expected: someone else (HR, another instance, the scheduler)
 * moved it first. Nothing was changed; the API answers 409, pages say so in a flash.
 */
public class PhaseConflictException extends RuntimeException {

    private final transient Text text;

    public PhaseConflictException(Text text) {
        super("phase changed meanwhile");
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
