package app.bravo.awards;

/** Who a category may be won by. */
public enum NomineeKind {
    PEOPLE, TEAMS, BOTH;

    public boolean allowsPeople() {
        return this != TEAMS;
    }

    public boolean allowsTeams() {
        return this != PEOPLE;
    }
}
