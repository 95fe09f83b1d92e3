package app.bravo.posts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

/**
 * The fields every story-like form shares, as typed: the people and teams it names and the service standards.
 * Kept as text so a bad value can be shown again.
 */
public abstract class PostForm {

    @RestForm
    public List<String> recipientIds = new ArrayList<>();

    @RestForm
    public List<String> teamIds = new ArrayList<>();

    @RestForm
    public List<String> behaviourIds = new ArrayList<>();

    /** What "Find" (no JavaScript) searched for. */
    @RestForm
    public String q;

    public boolean teamChosen(Long teamId) {
        return teamIds != null && teamIds.contains(String.valueOf(teamId));
    }

    protected void involve(Post post) {
        post.recipients.forEach(p -> recipientIds.add(p.id.toString()));
        post.teams.forEach(t -> teamIds.add(t.id.toString()));
        post.behaviours.forEach(b -> behaviourIds.add(b.id.toString()));
    }

    /** The ids as typed; anything that is not one counts as missing and is dropped. */
    static List<Long> ids(List<String> texts) {
        return texts == null ? List.of()
                : texts.stream().map(Forms::parseId).filter(Objects::nonNull).distinct().toList();
    }


    /** A date as a date field sends it (yyyy-mm-dd); null when missing or not a date, which validation reports. */
    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
