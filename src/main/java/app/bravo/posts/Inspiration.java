package app.bravo.posts;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A bright example of service from outside (another company, a public service): its source and what we can learn. */
@Entity
@DiscriminatorValue("INSPIRATION")
public class Inspiration extends Post {

    public static final int MAX_SOURCE = 300;
    public static final int MAX_LESSON = 1000;

    @Column(length = MAX_SOURCE)
    public String source;

    @Column(length = MAX_LESSON)
    public String lesson;

    @Override
    public Kind kind() {
        return Kind.INSPIRATION;
    }
}
