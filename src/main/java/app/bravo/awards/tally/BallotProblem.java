package app.bravo.awards.tally;

/**
 * What can be wrong with a ballot, found by {@link Ballot#problems}. The key is stable, so the voting service can
 * map it to a message of its own bundle without this package knowing any language.
 */
public enum BallotProblem {
    /** No choice at all. */
    EMPTY("ballot_empty"),
    /** A choice that is blank or not one of the category's candidates (finalists). */
    UNKNOWN_CANDIDATE("ballot_unknown_candidate"),
    /** The same candidate chosen twice. */
    DUPLICATE("ballot_duplicate_choice"),
    /** More choices than the method allows: one for plurality, the category's limit otherwise. */
    TOO_MANY("ballot_too_many_choices");

    private final String key;

    BallotProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
