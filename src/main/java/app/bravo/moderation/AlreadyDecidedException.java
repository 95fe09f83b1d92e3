package app.bravo.moderation;

import app.bravo.i18n.Text;

/**
 * Another moderator decided first (approved or rejected the post, closed the report): nothing was changed.
 * Pages say so in a flash, the API answers 409.
 */
public class AlreadyDecidedException extends RuntimeException {

    private final transient Text text;

    public AlreadyDecidedException(Text text) {
        super("already decided");
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
