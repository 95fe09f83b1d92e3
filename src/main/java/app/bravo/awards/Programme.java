package app.bravo.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.bravo.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An award HR runs in rounds (e.g. "Service Star of the Quarter"), with its categories. */
@Entity
@Table(name = "award_programme")
public class Programme extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "award_programme_seq", sequenceName = "award_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_programme_seq")
    public Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 120)),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr", length = 120)),
            @AttributeOverride(name = "sl", column = @Column(name = "name_sl", length = 120)) })
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 2000)),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr", length = 2000)),
            @AttributeOverride(name = "sl", column = @Column(name = "description_sl", length = 2000)) })
    public LocalizedText description;

    /** A built-in emblem's key, or null when {@link #emblemSvg} holds an uploaded one. */
    @Column(length = 40)
    public String emblem;

    @Column(name = "emblem_svg", length = 100000)
    public String emblemSvg;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Cadence cadence;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    @OneToMany(mappedBy = "programme")
    @OrderBy("sortOrder, id")
    public List<Category> categories = new ArrayList<>();

    public static List<Programme> listByName() {
        return list("order by name.en");
    }
}
