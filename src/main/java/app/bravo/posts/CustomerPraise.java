package app.bravo.posts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A customer's praise for people or a team: their words ({@link #story}), the channel, the day it came. The
 * customer's name is kept only with their recorded consent (and then shown); a contact, for moderators only.
 * Both are personal data: anonymising or erasing clears them. A moderator approves praise before the board shows it.
 */
@Entity
@DiscriminatorValue("CUSTOMER_PRAISE")
public class CustomerPraise extends Post {

    public static final int MIN_WORDS = 5;
    public static final int MAX_CUSTOMER_NAME = 100;
    public static final int MAX_CUSTOMER_CONTACT = 200;
    /** Praise older than this is a typo (and some databases refuse dates far in the past). */
    public static final LocalDate EARLIEST_RECEIVED = LocalDate.of(2000, 1, 1);

    public enum Channel {
        EMAIL, PHONE, COUNTER, SURVEY, SOCIAL
    }

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Channel channel;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** Only ever set with the customer's consent to be named. */
    @Column(name = "customer_name", length = MAX_CUSTOMER_NAME)
    public String customerName;

    @Column(name = "customer_contact", length = MAX_CUSTOMER_CONTACT)
    public String customerContact;

    @Column(name = "customer_erased_at")
    public Instant customerErasedAt;

    @Override
    public Kind kind() {
        return Kind.CUSTOMER_PRAISE;
    }
}
