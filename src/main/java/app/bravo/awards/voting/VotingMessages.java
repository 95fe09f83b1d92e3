package app.bravo.awards.voting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Voting, results, turnout and the hall of fame. Used as <code>{voting:key}</code> in templates; English in <code>messages/voting.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "voting", locale = "en")
public interface VotingMessages {

    @Message
    String ballot_title();

    @Message
    String ballot_lead();

    @Message
    String ballot_not_open();

    @Message
    String ballot_no_categories();

    @Message
    String ballot_no_finalists();

    @Message
    String ballot_voted_on(java.time.LocalDate day);

    @Message
    String rule_plurality();

    @Message
    String rule_approval(int count);

    @Message
    String rule_ranked(int count);

    @Message
    String rank_label(int place);

    @Message
    String rank_none();

    @Message
    String choose_legend();

    @Message
    String vote_button();

    @Message
    String vote_again_button();

    @Message
    String receipt_lead();

    @Message
    String receipt_help();

    @Message
    String error_not_found();

    @Message
    String error_not_eligible();

    @Message
    String error_not_voting();

    @Message
    String error_not_voting_yet();

    @Message
    String error_vote_self();

    @Message
    String error_vote_own_team();

    @Message
    String error_ballot_empty();

    @Message
    String error_ballot_duplicate();

    @Message
    String error_ballot_too_many();

    @Message
    String error_ballot_unknown();

    @Message
    String error_not_closed();

    @Message
    String error_not_tied();

    @Message
    String error_tie_unresolved();

    @Message
    String error_runoff_opened();

    @Message
    String runoff_decides();

    @Message
    String error_recount_after_runoff();

    @Message
    String error_runoff_needless();

    @Message
    String error_results_not_yet();

    @Message
    String error_resolution();

    @Message
    String results_title();

    @Message
    String results_lead_closed();

    @Message
    String results_lead_announced();

    @Message
    String results_ballots(int count);

    @Message
    String method_plurality();

    @Message
    String method_approval();

    @Message
    String method_instant_runoff();

    @Message
    String method_borda();

    @Message
    String retally_button();

    @Message
    String results_retallied();

    @Message
    String results_resolved();

    @Message
    String tie_happened();

    @Message
    String tie_between();

    @Message
    String ways_title();

    @Message
    String way_eliminate(String name);

    @Message
    String way_tied_again();

    @Message
    String tie_resolved();

    @Message
    String tie_unresolved();

    @Message
    String resolution_shared();

    @Message
    String resolution_runoff();

    @Message
    String resolve_legend();

    @Message
    String resolve_note();

    @Message
    String resolve_button();

    @Message
    String winners_title();

    @Message
    String winners_none();

    @Message
    String winner_shared();

    @Message
    String round_caption(int number);

    @Message
    String candidate();

    @Message
    String votes();

    @Message
    String round_eliminated();

    @Message
    String round_elected();

    @Message
    String download_csv();

    @Message
    String check_title();

    @Message
    String check_lead();

    @Message
    String receipts_published(int count);

    @Message
    String check_field();

    @Message
    String check_button();

    @Message
    String check_counted();

    @Message
    String check_not_found();

    @Message
    String turnout_title();

    @Message
    String turnout_lead();

    @Message
    String turnout_summary(long voted, long eligible, int percent);

    @Message
    String turnout_department();

    @Message
    String turnout_voted();

    @Message
    String turnout_eligible();

    @Message
    String turnout_no_department();

    @Message
    String hall_title();

    @Message
    String hall_lead();

    @Message
    String hall_empty();

    @Message
    String hall_newer();

    @Message
    String hall_older();

    @Message
    String strip_title();

    @Message
    String strip_results();

    @Message
    String badges_label();

    @Message
    String audit_retallied();

    @Message
    String audit_tie_resolved();

    @Message
    String mail_opened_subject(String round);

    @Message
    String mail_opened_body(String round);

    @Message
    String mail_closed_subject(String round);

    @Message
    String mail_closed_body(String round);
}
