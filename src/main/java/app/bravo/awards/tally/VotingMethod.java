package app.bravo.awards.tally;

/** How a category's ballots are counted (see {@link Tally}). */
public enum VotingMethod {
    PLURALITY, APPROVAL, INSTANT_RUNOFF, BORDA
}
