package app.bravo.awards;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Award programmes, rounds and nominations: pages, errors and mail. Used as <code>{awards:key}</code> in templates; English in <code>messages/awards.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "awards", locale = "en")
public interface AwardMessages {

    @Message
    String nav_awards();

    @Message
    String awards_title();

    @Message
    String programmes_title();

    @Message
    String programmes_empty();

    @Message
    String programme_new();

    @Message
    String programme_edit();

    @Message
    String programme_saved();

    @Message
    String categories_title();

    @Message
    String categories_empty();

    @Message
    String category_new();

    @Message
    String category_edit();

    @Message
    String category_saved();

    @Message
    String category_numbers(int finalists, int winners);

    @Message
    String rounds_title();

    @Message
    String rounds_empty();

    @Message
    String round_new();

    @Message
    String round_saved();

    @Message
    String action_nominate();

    @Message
    String action_vote();

    @Message
    String action_results();

    @Message
    String action_move(String phase);

    @Message
    String action_shortlist();

    @Message
    String action_withdraw();

    @Message
    String phase_moved();

    @Message
    String shortlist_saved();

    @Message
    String withdrawn();

    @Message
    String nominated();

    @Message
    String nomination_edited();

    @Message
    String finalist();

    @Message
    String withdrawn_badge();

    @Message
    String from_board();

    @Message
    String nominations_empty();

    @Message
    String citation_count(int count);

    @Message
    String nominate_title();

    @Message
    String nominate_from_post();

    @Message
    String citation_hint();

    @Message
    String scope_hint();

    @Message
    String times_hint(String zone);

    @Message
    String max_choices_hint();

    @Message
    String field_name();

    @Message
    String field_description();

    @Message
    String field_emblem();

    @Message
    String field_cadence();

    @Message
    String field_criteria();

    @Message
    String field_behaviours();

    @Message
    String field_nominees();

    @Message
    String field_nominee_scope();

    @Message
    String field_voters();

    @Message
    String field_self();

    @Message
    String field_finalists();

    @Message
    String field_winners();

    @Message
    String field_method();

    @Message
    String field_max_choices();

    @Message
    String field_title();

    @Message
    String field_period_start();

    @Message
    String field_period_end();

    @Message
    String field_nominating_at();

    @Message
    String field_shortlisting_at();

    @Message
    String field_voting_at();

    @Message
    String field_closing_at();

    @Message
    String field_announcing_at();

    @Message
    String field_category();

    @Message
    String field_nominee();

    @Message
    String field_citation();

    @Message
    String field_reason();

    @Message
    String phase_DRAFT();

    @Message
    String phase_NOMINATING();

    @Message
    String phase_SHORTLISTING();

    @Message
    String phase_VOTING();

    @Message
    String phase_CLOSED();

    @Message
    String phase_ANNOUNCED();

    @Message
    String cadence_MONTHLY();

    @Message
    String cadence_QUARTERLY();

    @Message
    String cadence_YEARLY();

    @Message
    String cadence_ONE_OFF();

    @Message
    String nominees_PEOPLE();

    @Message
    String nominees_TEAMS();

    @Message
    String nominees_BOTH();

    @Message
    String method_PLURALITY();

    @Message
    String method_APPROVAL();

    @Message
    String method_INSTANT_RUNOFF();

    @Message
    String method_BORDA();

    @Message
    String mail_nominated_subject(String award);

    @Message
    String mail_nominated_body(String award);

    @Message
    String mail_nominated_link(String url);

    @Message
    String error_programme_taken();

    @Message
    String error_emblem_unknown();

    @Message
    String error_category_taken();

    @Message
    String error_category_locked();

    @Message
    String error_winners_over_finalists(int finalists);

    @Message
    String error_approval_choices(int finalists);

    @Message
    String error_unknown_choice();

    @Message
    String error_round_taken();

    @Message
    String error_period_order();

    @Message
    String error_times_order();

    @Message
    String error_phase_not_next();

    @Message
    String error_phase_moved_meanwhile();

    @Message
    String runoff_of();

    @Message
    String error_no_categories();

    @Message
    String error_category_without_finalists(String name);

    @Message
    String error_not_shortlisting();

    @Message
    String error_shortlist_empty();

    @Message
    String error_shortlist_too_many(int limit);

    @Message
    String error_withdraw_phase();

    @Message
    String error_reason();

    @Message
    String error_not_nominating();

    @Message
    String error_nominee_withdrawn();

    @Message
    String error_post_unavailable();

    @Message
    String error_post_not_about_nominee();

    @Message
    String error_nominee_one();

    @Message
    String error_nominee_inactive();

    @Message
    String error_nominee_teams_only();

    @Message
    String error_nominee_people_only();

    @Message
    String error_nominee_out_of_scope();

    @Message
    String error_self_nomination();

    @Message
    String error_own_team();

    @Message
    String error_citation_required();

    @Message
    String audit_programme();

    @Message
    String audit_category();

    @Message
    String audit_round_created();

    @Message
    String audit_phase();

    @Message
    String audit_nominated();

    @Message
    String audit_shortlisted();

    @Message
    String audit_withdrawn();

    @Message
    String audit_runoff_opened();

    @Message
    String search_person();

    @Message
    String search_button();
}
