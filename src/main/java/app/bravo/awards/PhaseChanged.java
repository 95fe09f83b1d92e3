package app.bravo.awards;

/**
 * Fired (synchronously, inside the transaction that won the conditional update) when a round moves on, so the
 * close can tally and the announcement can publish in the same transaction; observers that send mail use
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record PhaseChanged(long roundId, Phase from, Phase to) {
}
