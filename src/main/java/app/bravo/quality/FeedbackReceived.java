package app.bravo.quality;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired (a CDI event) by every intake path once new scores are written: the form, the CSV import and the API.
 * The pulse observes it after the transaction succeeds to drop what it keeps of those days and teams; other
 * instances see the new scores when their kept pulse expires.
 *
 * @param added how many new scores were written (re-delivered external ids are not counted)
 * @param days the organisation's days the new scores count on
 * @param teamIds the teams they are about
 */
public record FeedbackReceived(int added, Set<LocalDate> days, Set<Long> teamIds) {
}
