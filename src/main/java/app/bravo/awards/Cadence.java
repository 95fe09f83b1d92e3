package app.bravo.awards;

/** How often a programme runs: a recurring one opens its next round by itself when a round is announced. */
public enum Cadence {
    MONTHLY, QUARTERLY, YEARLY, ONE_OFF
}
