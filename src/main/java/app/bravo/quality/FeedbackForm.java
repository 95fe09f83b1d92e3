package app.bravo.quality;

import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.quality.FeedbackScore.Channel;
import app.bravo.quality.FeedbackScore.Scale;
import app.bravo.web.Forms;

/** The staff's quick feedback form as typed, kept as text so a bad value can be shown again. */
public class FeedbackForm {

    @RestForm
    public String teamId;

    @RestForm
    public String personId;

    @RestForm
    public String scale;

    @RestForm
    public String score;

    @RestForm
    public String channel;

    @RestForm
    public String comment;

    /**
     * A key the blank form carries (hidden) and every re-showing keeps: it becomes the score's external id, so a
     * form sent twice (a double click, a re-sent page) counts once.
     */
    @RestForm
    public String entry;

    /** Set by the "show this team's people" button: the form comes back for the chosen team, nothing is saved. */
    @RestForm
    public String refresh;

    public static FeedbackForm blank(Long teamId) {
        FeedbackForm form = new FeedbackForm();
        form.teamId = teamId == null ? null : teamId.toString();
        form.scale = Scale.CSAT.name();
        form.entry = java.util.UUID.randomUUID().toString();
        return form;
    }

    public FeedbackInput toInput() {
        return new FeedbackInput(parse(Scale.class, scale), Forms.parseInt(score), Forms.parseId(teamId),
                Forms.parseId(personId), parse(Channel.class, channel), null, comment, externalId());
    }

    /** The entry key as an external id; a key not of the form's own making is ignored. */
    String externalId() {
        return entry != null && ENTRY.matcher(entry).matches() ? "form:" + entry : null;
    }

    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    public boolean refreshing() {
        return refresh != null && !refresh.isBlank();
    }

    public boolean teamChosen(long id) {
        return String.valueOf(id).equals(teamId);
    }

    public boolean personChosen(long id) {
        return String.valueOf(id).equals(personId);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
