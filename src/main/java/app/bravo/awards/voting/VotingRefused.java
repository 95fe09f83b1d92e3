package app.bravo.awards.voting;

import java.util.function.Function;

import app.bravo.i18n.Text;

/**
 * A voting or results request the rules refuse, with the HTTP status it means (403 not eligible, 404 no such
 * round or category, 409 wrong phase or an unresolved tie, 422 choices that may not be cast) and a stable reason
 * key for API clients. Nothing was written.
 */
public class VotingRefused extends RuntimeException {

    private final int status;
    private final String reason;
    private final transient Text text;

    public VotingRefused(int status, String reason, Function<VotingMessages, String> message) {
        super(reason);
        this.status = status;
        this.reason = reason;
        this.text = Text.of(VotingMessages.class, message);
    }

    public static VotingRefused notFound() {
        return new VotingRefused(404, "not_found", VotingMessages::error_not_found);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Text text() {
        return text;
    }
}
