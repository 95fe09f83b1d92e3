package app.bravo.posts;

import org.jboss.resteasy.reactive.RestForm;

import app.bravo.web.Forms;

/** The resolved-complaint story form as typed. Time to resolution is a number and a unit (minutes, hours, days). */
public class ComplaintStoryForm extends PostForm {

    public enum Unit {
        MINUTES(1), HOURS(60), DAYS(24 * 60);

        final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }
    }

    @RestForm
    public String complaint;

    @RestForm
    public String story;

    @RestForm
    public String outcome;

    @RestForm
    public String resolution;

    @RestForm
    public String resolutionUnit;

    @RestForm
    public String customerQuote;

    @RestForm
    public String ruleId;

    @RestForm
    public String newRule;

    public static ComplaintStoryForm of(ComplaintStory story) {
        ComplaintStoryForm form = new ComplaintStoryForm();
        form.involve(story);
        form.complaint = story.complaint;
        form.story = story.story;
        form.outcome = story.outcome;
        if (story.resolutionMinutes != null) {
            Unit unit = story.resolutionMinutes % Unit.DAYS.minutes == 0 ? Unit.DAYS
                    : story.resolutionMinutes % Unit.HOURS.minutes == 0 ? Unit.HOURS : Unit.MINUTES;
            form.resolution = Integer.toString(story.resolutionMinutes / unit.minutes);
            form.resolutionUnit = unit.name();
        }
        form.customerQuote = story.customerQuote;
        form.ruleId = story.rule == null ? null : story.rule.id.toString();
        return form;
    }

    public ComplaintStoryInput toInput() {
        return new ComplaintStoryInput(ids(recipientIds), ids(teamIds), ids(behaviourIds), Texts.trimmed(complaint),
                Texts.trimmed(story), Texts.trimmed(outcome), resolutionMinutes(), Texts.trimmed(customerQuote), Forms.parseId(ruleId),
                Texts.trimmed(newRule));
    }

    public String unit() {
        return resolutionUnit == null ? Unit.HOURS.name() : resolutionUnit;
    }

    /** The time typed, in minutes; a number that is not one becomes 0, which validation refuses. */
    private Integer resolutionMinutes() {
        if (resolution == null || resolution.isBlank()) {
            return null;
        }
        Integer amount = Forms.parseInt(resolution);
        Unit unit = Unit.HOURS;
        for (Unit u : Unit.values()) {
            if (u.name().equals(resolutionUnit)) {
                unit = u;
            }
        }
        return amount == null || amount < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) amount * unit.minutes);
    }
}
