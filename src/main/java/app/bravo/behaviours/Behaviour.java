package app.bravo.behaviours;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

import app.bravo.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A service behaviour the organisation expects toward customers and colleagues. */
@Entity
public class Behaviour extends PanacheEntity {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 120)),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr", length = 120)),
            @AttributeOverride(name = "sl", column = @Column(name = "name_sl", length = 120)) })
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false, length = 1000)),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr", length = 1000)),
            @AttributeOverride(name = "sl", column = @Column(name = "description_sl", length = 1000)) })
    public LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "example_en", length = 1000)),
            @AttributeOverride(name = "sr", column = @Column(name = "example_sr", length = 1000)),
            @AttributeOverride(name = "sl", column = @Column(name = "example_sl", length = 1000)) })
    public LocalizedText example;

    @Column(nullable = false)
    public boolean active = true;

    /** Hibernate leaves an embedded text null when all its columns are. */
    public boolean withExample() {
        return example != null && example.en != null;
    }

    public static List<Behaviour> listActive() {
        return list("active = true order by name.en");
    }

    /** The standards a reader may see: retired ones (listed last) only with {@code withRetired}. */
    public static List<Behaviour> listVisible(boolean withRetired) {
        return withRetired ? list("order by active desc, name.en") : listActive();
    }

    public static boolean nameTaken(String nameEn, Long exceptId) {
        return count("lower(name.en) = lower(?1) and id <> ?2", nameEn.trim(), exceptId == null ? -1L : exceptId) > 0;
    }
}
