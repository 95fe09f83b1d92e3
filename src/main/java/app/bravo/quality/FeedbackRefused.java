package app.bravo.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/**
 * Scores that break a rule: nothing of the delivery was written. Each problem names the item (its index in the
 * delivery, from 0) and the field, so the API answers {@code "[3].score"}, the form marks {@code score} and the
 * CSV import turns the index back into a line number.
 */
public class FeedbackRefused extends BadInputException {

    public record Problem(int index, String field, Text message) {
    }

    private final transient List<Problem> problems;

    FeedbackRefused(List<Problem> problems, boolean indexed) {
        super(keyed(problems, indexed));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static Map<String, Text> keyed(List<Problem> problems, boolean indexed) {
        Map<String, Text> errors = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String key = indexed ? "[" + problem.index() + "]." + problem.field() : problem.field();
            errors.putIfAbsent(key, problem.message());
        }
        return errors;
    }
}
