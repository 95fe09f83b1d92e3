package app.bravo.awards.tally;

/** How a category's ballots are filled in and counted; see {@link Tally} for the exact rules. */
public enum VotingMethod {
    /** One choice per ballot; most votes win. */
    PLURALITY,
    /** Up to k choices per ballot, unordered; most approvals win. */
    APPROVAL,
    /** Choices in order of preference; instant-runoff (sequential for several seats). */
    INSTANT_RUNOFF,
    /** Choices in order of preference; Borda points. */
    BORDA;

    /** Whether the order of a ballot's choices carries meaning. */
    public boolean ranked() {
        return this == INSTANT_RUNOFF || this == BORDA;
    }
}
