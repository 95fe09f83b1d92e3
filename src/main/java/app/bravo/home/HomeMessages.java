package app.bravo.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The start page. Used as <code>{home:key}</code> in templates; English in <code>messages/home.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    @Message
    String home_title();

    @Message
    String home_greeting(String name);

    @Message
    String home_lead();

    @Message
    String home_board_heading();

    @Message
    String home_board_empty();

    @Message
    String home_behaviours_heading();

    @Message
    String home_stats_label();

    @Message
    String home_stats_people(long count);

    @Message
    String home_stats_teams(long count);
}
