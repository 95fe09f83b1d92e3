package app.bravo.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything Bravo reads from configuration, with the defaults of the embedded set-up. */
@ConfigMapping(prefix = "bravo")
public interface BravoConfig {

    Demo demo();

    Bootstrap bootstrap();

    Mail mail();

    LoginThrottle loginThrottle();

    ApiTokens apiTokens();

    Http http();

    Kiosk kiosk();

    Board board();

    Awards awards();

    Pulse pulse();

    /** Where the embedded H2 database keeps its files (used in the JDBC URL). */
    @WithDefault("./data")
    String dataDir();

    /**
     * The organisation's time zone (an IANA name): where its days begin and end, for "this week" on the board,
     * award round times and the daily quality pulse.
     */
    @WithDefault("Europe/Belgrade")
    java.time.ZoneId timeZone();

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

    /**
     * Slows down password guessing, form and Basic alike, across all instances (the counts live in the
     * database). A login name tried from one address is blocked after a few wrong passwords, first briefly,
     * doubling with each further failure up to the maximum; the name as a whole only after many more, so one
     * attacker cannot lock its owner out; an address after many wrong passwords for any names.
     */
    interface LoginThrottle {
        /** Wrong passwords for one login name from one address, within the window, before that pair is blocked. */
        @WithDefault("5")
        int accountFailures();

        /** Wrong passwords for one login name from all addresses together before the name is blocked. */
        @WithDefault("20")
        int accountWideFailures();

        @WithDefault("PT15M")
        Duration window();

        /** The first block of a login name (per address, or as a whole); each further failure doubles it. */
        @WithDefault("PT1M")
        Duration accountBlock();

        @WithDefault("PT15M")
        Duration accountMaxBlock();

        /**
         * Wrong passwords from one client address within the window. High, because a whole office often
         * shares one address; it stops spraying guesses over many accounts.
         */
        @WithDefault("100")
        int addressFailures();

        @WithDefault("PT15M")
        Duration addressBlock();
    }

    interface ApiTokens {
        /**
         * The key of the tokens' keyed hash (HMAC-SHA256). Defaults to one derived from the session key; set
         * it to rotate the session key without invalidating API tokens.
         */
        Optional<String> key();

        /** Longest life of a personal token, in days. */
        @WithDefault("365")
        int maxDays();
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

    /** The office screen (kiosk) and its live feed. */
    interface Board {
        /**
         * How long an instance reuses what a board page shows every reader alike (posts, cards, filter lists).
         * A change made through this instance is seen at once (any write to the board's tables drops it); a
         * change made through another instance within this time. PT0S reads everything for every request.
         */
        @WithDefault("PT5S")
        Duration sharedPageTtl();
    }

    interface Kiosk {
        /** Seconds each highlight stays on the screen. */
        @WithDefault("12")
        int rotateSeconds();

        /** How many of the newest highlights the kiosk rotates through. */
        @WithDefault("20")
        int recent();

        /** Light or dark screen (until the organisation's branding chooses). */
        @WithDefault("dark")
        Theme theme();

        /**
         * How often each instance asks the database for newly approved posts while a kiosk is watching (also
         * how soon a link revoked on another instance ends its streams here).
         */
        @WithDefault("PT1S")
        Duration pollInterval();

        /**
         * How far behind its newest post each poll reads again: transactions commit out of timestamp order,
         * and instances' clocks differ a little.
         */
        @WithDefault("PT5S")
        Duration lookBehind();

        enum Theme {
            dark, light
        }
    }

    /** Award rounds (issue 12). */
    interface Awards {
        /**
         * The key of the ballots' voter keys: {@code HMAC-SHA256(secret, round|category|person)}. Production refuses
         * to start without a strong one (BRAVO_BALLOT_SECRET); dev mode and the packaged demo keep a random one in
         * the data folder, like the session key. Whoever holds it and the database can link ballots to people.
         */
        Optional<String> ballotSecret();

        /** How often every instance looks for rounds whose scheduled phase move has come (a scheduler period). */
        @WithDefault("30s")
        String scheduleEvery();

        /** How long after start-up the first look waits. */
        @WithDefault("10s")
        String scheduleDelay();
    }

    /** The service-quality pulse on the board, kiosk, print view and team pages (issue 13). */
    interface Pulse {
        /**
         * How long an instance keeps the pulse figures and rendered charts. New feedback through this instance
         * drops them at once (FeedbackReceived); feedback through another instance shows within this time.
         */
        @WithDefault("PT60S")
        Duration ttl();

        /** Whether the board page shows the pulse panel (the benchmark compares the board with and without). */
        @WithDefault("true")
        boolean onBoard();
    }
}
