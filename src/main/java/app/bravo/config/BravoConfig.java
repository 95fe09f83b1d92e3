package app.bravo.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything Bravo reads from configuration, with the defaults of the embedded set-up. */
@ConfigMapping(prefix = "bravo")
public interface BravoConfig {

    Demo demo();

    Bootstrap bootstrap();

    Mail mail();

    Http http();

    /** Where the embedded H2 database keeps its files (used in the JDBC URL). */
    @WithDefault("./data")
    String dataDir();

    /** Rows per page on list pages and in the API when the client gives no size. */
    @WithDefault("20")
    int pageSize();

    /** Largest page an API client may ask for. */
    @WithDefault("200")
    int maxPageSize();

    /** The address people use to reach Bravo, printed at start-up and used in mails. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    interface Demo {
        /** Loads the demo organisation into an empty database. Never on in production. */
        @WithDefault("false")
        boolean enabled();

        /** The password of every demo account. */
        @WithDefault("bravo-demo")
        String password();
    }

    /** The first administrator of a production database that has no accounts yet. */
    interface Bootstrap {
        Optional<String> adminEmail();

        Optional<String> adminPassword();

        @WithDefault("Administrator")
        String adminName();
    }

    interface Mail {
        @WithDefault("bravo@localhost")
        String from();
    }

    /** How Bravo answers at the HTTP edge (see "Running behind a proxy" in the README). */
    interface Http {
        /**
         * Strict-Transport-Security max-age in seconds, sent on HTTPS requests only (directly or, with proxy
         * forwarding on, as the proxy reports them); 0 sends none.
         */
        @WithDefault("0")
        long hstsMaxAge();
    }
}
