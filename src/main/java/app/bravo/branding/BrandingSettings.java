package app.bravo.branding;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.bravo.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row of branding settings (id 1, made by the migration). Nulls mean "never set". */
@Entity
@Table(name = "branding")
public class BrandingSettings extends PanacheEntityBase {

    static final int ID = 1;

    @Id
    public Integer id;

    /** Grows with every change; names the logo and theme URLs. */
    @Column(nullable = false)
    public int version;

    @Column(name = "org_name", length = 100)
    public String orgName;

    @Column(length = 7)
    public String accent;

    public byte[] logo;

    @Column(name = "logo_type", length = 40)
    public String logoType;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "purpose_en", length = 500)),
            @AttributeOverride(name = "sr", column = @Column(name = "purpose_sr", length = 500)),
            @AttributeOverride(name = "sl", column = @Column(name = "purpose_sl", length = 500)) })
    public LocalizedText purpose;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The row, locked for this transaction, so two saves at once cannot lose a version. */
    static BrandingSettings lockedRow() {
        BrandingSettings settings = BrandingSettings.findById(ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            throw new IllegalStateException("the branding row is made by migration V11");
        }
        return settings;
    }

    void changed(Instant now) {
        version++;
        updatedAt = now;
    }
}
