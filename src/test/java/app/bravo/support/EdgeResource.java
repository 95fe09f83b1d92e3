package app.bravo.support;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.people.Person;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;

/** Test-only endpoints for what happens at the edge: long form fields, a busy connection pool. */
@Path("/test-only/edge")
public class EdgeResource {

    /** Counted down once {@link #hold} has its database connection. */
    public static volatile CountDownLatch holding = new CountDownLatch(1);

    /** {@link #hold} gives its connections back when this is counted down (or after its {@code ms} at most). */
    public static volatile CountDownLatch release = new CountDownLatch(0);

    /** A form field as it arrived, for the form size limit. */
    @POST
    @Path("echo")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String echo(@RestForm String text) {
        return text;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Keeps {@code connections} database connections busy for a while, as slow requests would. */
    @GET
    @Path("hold")
    @PermitAll
    @Blocking
    @Produces(MediaType.TEXT_PLAIN)
    public String hold(@RestQuery int connections, @RestQuery long ms) throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                held.add(dataSource.getConnection());
            }
            holding.countDown();
            release.await(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
            return Integer.toString(held.size());
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /** Any page that reads the database. */
    @GET
    @Path("count")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return Long.toString(Person.count());
    }
}
