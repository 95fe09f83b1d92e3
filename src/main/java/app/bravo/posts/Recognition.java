package app.bravo.posts;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** An employee's thanks to colleagues and/or a team for great service, naming the standards it showed. */
@Entity
@DiscriminatorValue("RECOGNITION")
public class Recognition extends Post {

    public static final int MAX_BEHAVIOURS = 3;
    public static final int MAX_CASE_REFERENCE = 100;

    @Column(name = "case_reference", length = MAX_CASE_REFERENCE)
    public String caseReference;

    /** Service to a colleague (the internal customer) rather than to a customer. */
    @Column(name = "internal_service", nullable = false)
    public boolean internalService;

    @Override
    public Kind kind() {
        return Kind.RECOGNITION;
    }
}
