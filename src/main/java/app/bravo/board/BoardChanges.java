package app.bravo.board;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts changes to what the board shows, so {@link BoardCache} never serves a page older than the last change
 * made through this instance. It sees every statement Hibernate sends (entities, HQL and native alike, so no
 * write path can forget to tell it); one that writes a board table moves the generation on, and so does the end
 * of its transaction, because a reader between the statement and the commit still read the old rows.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class BoardChanges implements StatementInspector {

    /** The tables a board page reads for every reader alike (the awards' for its winners strip). */
    static final Set<String> BOARD_TABLES = Set.of("post", "post_recipient", "post_team", "post_behaviour",
            "person", "team", "department", "behaviour", "service_rule", "award_winner", "award_round",
            "award_category", "award_programme");

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|delete|merge\\s+into)\\s+\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Tables no board page reads but HR's reports do (votes cast, nominations): their own counter, so a ballot
     * does not drop the board's kept pages.
     */
    static final Set<String> AWARD_ACTIVITY_TABLES = Set.of("award_participation", "award_citation",
            "award_nomination");

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong awardActivity = new AtomicLong();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        String table = writtenTable(sql);
        if (table != null && BOARD_TABLES.contains(table)) {
            changed(generation);
        } else if (table != null && AWARD_ACTIVITY_TABLES.contains(table)) {
            changed(awardActivity);
        }
        return sql;
    }

    /** Moves on with every vote, nomination or citation written through this instance (and its commit). */
    public long awardActivity() {
        return awardActivity.get();
    }

    /** The current generation: a page loaded while it stayed the same is still true. */
    public long generation() {
        return generation.get();
    }

    void changed() {
        changed(generation);
    }

    private void changed(AtomicLong counter) {
        counter.incrementAndGet();
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(counter) == null) {
                transactions.putResource(counter, Boolean.TRUE);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        counter.incrementAndGet();
                    }
                });
            }
        } catch (IllegalStateException tooLate) {
            // The transaction is already completing: the generation moved on above, and the cache's time limit
            // bounds what a reader in between could keep.
        }
    }

    static boolean writesBoard(String sql) {
        String table = writtenTable(sql);
        return table != null && BOARD_TABLES.contains(table);
    }

    /** The table an insert, update, delete or merge writes, lower-case; null for anything else. */
    private static String writtenTable(String sql) {
        Matcher write = WRITE.matcher(sql);
        return write.find() ? write.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
