package app.bravo.awards;

/**
 * Where a round stands. It only moves forward, one step at a time:
 * DRAFT → NOMINATING → SHORTLISTING → VOTING → CLOSED → ANNOUNCED.
 */
public enum Phase {
    DRAFT, NOMINATING, SHORTLISTING, VOTING, CLOSED, ANNOUNCED;

    /** The phase after this one, or null for ANNOUNCED. */
    public Phase next() {
        Phase[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : null;
    }

    /** Results may be read by HR from CLOSED on, by everyone once ANNOUNCED. */
    public boolean hasResults() {
        return this == CLOSED || this == ANNOUNCED;
    }
}
