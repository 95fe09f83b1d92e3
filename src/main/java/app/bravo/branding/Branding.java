package app.bravo.branding;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import app.bravo.i18n.LocalizedText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;

/**
 * The organisation's name, logo, accent colour and purpose statement, as every page, the kiosk, the print view
 * and certificates read them: {@code {inject:branding.name}}, {@code {inject:branding.logoUrl}},
 * {@code {inject:branding.purpose.local}}; Java code calls the same getters. Several instances share the
 * database, so each keeps its copy for {@link #FRESH_FOR} only; a change on this instance is seen at once. The
 * copy is never refreshed on an I/O thread (error pages render there, maybe with no free connection): it then
 * serves what it has, or the defaults.
 */
@Named("branding")
@ApplicationScoped
public class Branding {

    public static final String DEFAULT_NAME = "Bravo";
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(Branding.class);

    /** What one read of the settings row gave (the logo's bytes are read only when it is served). */
    record Snapshot(int version, String name, AccentColour accent, String logoType, LocalizedText purpose,
            Instant readAt) {

        static final Snapshot DEFAULTS = new Snapshot(0, DEFAULT_NAME, AccentColour.DEFAULT, null, null, Instant.EPOCH);
    }

    /** Fired after a change commits, so this instance reads the row again at once. */
    public record Changed() {
    }

    private volatile Snapshot snapshot = Snapshot.DEFAULTS;

    Snapshot current() {
        Snapshot shown = snapshot;
        if (shown.readAt().plus(FRESH_FOR).isBefore(Instant.now()) && BlockingOperationControl.isBlockingAllowed()) {
            try {
                shown = QuarkusTransaction.requiringNew().call(Branding::read);
                snapshot = shown;
            } catch (RuntimeException e) {
                // A busy or absent database must not take every page down with it: keep what we had.
                LOG.debugf(e, "Branding not refreshed");
            }
        }
        return shown;
    }

    private static Snapshot read() {
        Object[] row = BrandingSettings.getEntityManager().createQuery("""
                select b.version, b.orgName, b.accent, b.logoType, b.purpose from BrandingSettings b where b.id = :id""",
                Object[].class).setParameter("id", BrandingSettings.ID).getSingleResult();
        String name = (String) row[1];
        return new Snapshot((Integer) row[0], name == null || name.isBlank() ? DEFAULT_NAME : name,
                AccentColour.parse((String) row[2]).orElse(AccentColour.DEFAULT), (String) row[3],
                (LocalizedText) row[4], Instant.now());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        snapshot = new Snapshot(snapshot.version(), snapshot.name(), snapshot.accent(), snapshot.logoType(),
                snapshot.purpose(), Instant.EPOCH);
    }

    /** The organisation's name ("Bravo" until an admin sets one). */
    public String getName() {
        return current().name();
    }

    /** Grows with every change. */
    public int getVersion() {
        return current().version();
    }

    public AccentColour getAccent() {
        return current().accent();
    }

    public boolean isHasLogo() {
        return current().logoType() != null;
    }

    /** The logo's address, versioned so browsers may keep it; null when there is none. */
    public String getLogoUrl() {
        Snapshot shown = current();
        return shown.logoType() == null ? null : "/branding/logo?v=" + shown.version();
    }

    /** The stylesheet that sets the accent colour ({@code --accent}), versioned like the logo. */
    public String getThemeUrl() {
        return "/branding/theme.css?v=" + current().version();
    }

    /**
     * "Why great service matters to us" in every language HR wrote it (missing ones fall back to English); null
     * when HR has written none. Templates: {@code {inject:branding.purpose.local}}.
     */
    public LocalizedText getPurpose() {
        LocalizedText purpose = current().purpose();
        return purpose == null || purpose.en == null || purpose.en.isBlank() ? null : purpose;
    }

    /** The statement in one language (English when that one is missing); empty when none is written. */
    public String purposeIn(String language) {
        LocalizedText purpose = getPurpose();
        return purpose == null ? "" : purpose.in(language);
    }
}
