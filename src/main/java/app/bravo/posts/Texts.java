package app.bravo.posts;

/** Text typed into a form, made ready for the rules. */
public final class Texts {

    private Texts() {
    }

    /** The ends trimmed, paragraphs kept (CR LF, as browsers send line breaks, becomes LF); blank is null. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }
}
