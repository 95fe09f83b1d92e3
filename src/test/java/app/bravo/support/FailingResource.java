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
