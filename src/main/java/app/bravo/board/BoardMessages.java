package app.bravo.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The notice board. Used as <code>{board:key}</code> in templates; English in <code>messages/board.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "board", locale = "en")
public interface BoardMessages {

    @Message
    String board_title();

    @Message
    String board_greeting(String name);

    @Message
    String board_lead();

    @Message
    String board_recognise();

    @Message
    String filters_label();

    @Message
    String filter_kind();

    @Message
    String filter_kind_all();

    @Message
    String filter_team();

    @Message
    String filter_team_all();

    @Message
    String filter_behaviour();

    @Message
    String filter_behaviour_all();

    @Message
    String filter_period();

    @Message
    String period_any();

    @Message
    String period_week();

    @Message
    String period_month();

    @Message
    String period_quarter();

    @Message
    String period_year();

    @Message
    String filter_person(String name);

    @Message
    String filter_apply();

    @Message
    String filter_clear();

    @Message
    String board_empty_title();

    @Message
    String board_empty_text();

    @Message
    String board_empty_filtered();

    @Message
    String load_more();

    @Message
    String card_by(String name);

    @Message
    String card_for();

    @Message
    String card_edited();

    @Message
    String board_share();

    @Message
    String share_story();

    @Message
    String share_praise();

    @Message
    String share_inspiration();

    @Message
    String filter_search();

    @Message
    String filter_author(String name);

    @Message
    String profile_title();

    @Message
    String profile_recognitions(long count);

    @Message
    String profile_praise(long count);

    @Message
    String profile_stories(long count);

    @Message
    String profile_applause(long count);

    @Message
    String profile_given(long count);

    @Message
    String profile_none();

    @Message
    String profile_all();

    @Message
    String team_board_title();

    @Message
    String team_board_none();

    // The spotlight
    @Message
    String spotlight_title();

    @Message
    String pin_title();

    @Message
    String pin_button();

    @Message
    String pin_until();

    @Message
    String pin_hint();

    @Message
    String unpin_button();

    @Message
    String pinned_until(String date);

    @Message
    String pinned(String date);

    @Message
    String unpinned();

    @Message
    String error_pin_full();

    @Message
    String error_pin_not_approved();

    @Message
    String error_pin_date();

    @Message
    String audit_pinned();

    @Message
    String audit_unpinned();
}
