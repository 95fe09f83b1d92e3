package app.bravo.support;

import org.hibernate.SessionFactory;

/** Counts the SQL statements a request makes (Hibernate statistics, on in the test profile). */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** Statements {@code request} prepares; the least of three tries, so a scheduled job or a cache refill cannot blur it. */
    public static long of(SessionFactory sessionFactory, Runnable request) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = sessionFactory.getStatistics().getPrepareStatementCount();
            request.run();
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount() - before);
        }
        return least;
    }
}
