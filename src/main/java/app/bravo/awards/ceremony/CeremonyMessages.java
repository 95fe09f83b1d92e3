package app.bravo.awards.ceremony;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The ceremony view and certificates. Used as <code>{ceremony:key}</code> in templates; English in <code>messages/ceremony.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "ceremony", locale = "en")
public interface CeremonyMessages {

    @Message
    String page_title();

    @Message
    String rehearsal();

    @Message
    String finalists_heading();

    @Message
    String finalist_label();

    @Message
    String citations_heading();

    @Message
    String no_citations();

    @Message
    String drumroll_title();

    @Message
    String drumroll_lead();

    @Message
    String winner_title();

    @Message
    String shared_award();

    @Message
    String shared_lead();

    @Message
    String runoff_title();

    @Message
    String runoff_lead();

    @Message
    String unresolved_lead();

    @Message
    String tie_no_matter();

    @Message
    String no_winner();

    @Message
    String thanks_title();

    @Message
    String thanks_lead();

    @Message
    String nav_label();

    @Message
    String nav_previous();

    @Message
    String nav_next();

    @Message
    String keys_hint();

    @Message
    String certificate_title();

    @Message
    String certificate_presented();

    @Message
    String certificate_category();

    @Message
    String certificate_programme();

    @Message
    String certificate_round();

    @Message
    String certificate_citation();

    @Message
    String certificate_date();

    @Message
    String certificate_link();

    @Message
    String ceremony_link();

    @Message
    String error_no_winner();
}
