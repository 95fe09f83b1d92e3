package app.bravo.awards.tally;

/**
 * One way to go on from an instant-runoff elimination tie that no earlier round breaks.
 *
 * @param choice       the candidate eliminated in this branch
 * @param continuation the whole count had that candidate been eliminated: every round from the first, the tie
 *                     round showing {@code choice} as eliminated (it may end in a tie of its own)
 */
public record TieBranch(String choice, TallyResult continuation) {
}
