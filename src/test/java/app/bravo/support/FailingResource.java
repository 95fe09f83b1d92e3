package app.bravo.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail on purpose, to check what a client sees of an unexpected error. */
public class FailingResource {

    public static final String SECRET = "s3cr3t-detail-from-the-database";

    @Path("/test-only")
    public static class Page {
        @GET
        @Path("boom")
        @PermitAll
        public String boom() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** What a commit that lost a race on a unique constraint throws, wrapped as the transaction wraps it. */
    @Path("/test-only-race")
    public static class Race {
        @GET
        @PermitAll
        public String lose() {
            throw new jakarta.transaction.TransactionalException("commit failed",
                    new org.hibernate.exception.ConstraintViolationException("duplicate key",
                            new java.sql.SQLException("duplicate key value violates unique constraint \"uk_team_name\""),
                            "insert into team", org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE,
                            "uk_team_name"));
        }
    }

    @Path("/api/test-only")
    @jakarta.ws.rs.Produces("application/json")
    public static class Api {
        @GET
        @Path("boom")
        @PermitAll
        public String boom() {
            throw new IllegalStateException(SECRET);
        }
    }
}
