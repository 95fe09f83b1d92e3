package app.bravo.posts;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A brilliantly resolved complaint: what the customer complained about (never who), what was done ({@link #story}),
 * the outcome, how long it took, the people and teams involved, perhaps the customer's words, and the internal
 * rule that got in the way. A moderator approves it before the board shows it.
 */
@Entity
@DiscriminatorValue("COMPLAINT_STORY")
public class ComplaintStory extends Post {

    public static final int MAX_COMPLAINT = 1000;
    public static final int MAX_OUTCOME = 1000;
    public static final int MAX_QUOTE = 500;
    /** A year, in minutes: anything longer is a typo. */
    public static final int MAX_RESOLUTION_MINUTES = 366 * 24 * 60;

    @Column(length = MAX_COMPLAINT)
    public String complaint;

    @Column(length = MAX_OUTCOME)
    public String outcome;

    @Column(name = "resolution_minutes")
    public Integer resolutionMinutes;

    @Column(name = "customer_quote", length = MAX_QUOTE)
    public String customerQuote;

    /** Lazy: the board reads the names of a page's rules in one statement. */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "rule_id")
    public ServiceRule rule;

    @Override
    public Kind kind() {
        return Kind.COMPLAINT_STORY;
    }
}
