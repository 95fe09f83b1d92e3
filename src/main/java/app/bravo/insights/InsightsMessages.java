package app.bravo.insights;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** HR insights: recognition spread, rules that got in the way, award participation. Used as <code>{insights:key}</code>; English in <code>messages/insights.properties</code>, Serbian and Slovenian beside it. */
@MessageBundle(value = "insights", locale = "en")
public interface InsightsMessages {

    @Message
    String nav_insights();

    @Message
    String title();

    @Message
    String lead();

    @Message
    String period_label();

    @Message
    String period_days(int days);

    @Message
    String period_show();

    @Message
    String period_range(String from, String to);

    @Message
    String error_period();

    @Message
    String export_csv();

    @Message
    String empty();

    @Message
    String no_department();

    @Message
    String no_team();

    @Message
    String recognition_title();

    @Message
    String recognition_lead();

    @Message
    String teams_heading();

    @Message
    String departments_heading();

    @Message
    String standards_heading();

    @Message
    String never_named();

    @Message
    String service_heading();

    @Message
    String service_internal();

    @Message
    String service_customers();

    @Message
    String chart_departments();

    @Message
    String chart_standards();

    @Message
    String quiet_title();

    @Message
    String quiet_lead();

    @Message
    String quiet_note();

    @Message
    String quiet_count(long count);

    @Message
    String quiet_none();

    @Message
    String rules_title();

    @Message
    String rules_lead();

    @Message
    String rules_stories();

    @Message
    String chart_rules();

    @Message
    String awards_title();

    @Message
    String awards_lead();

    @Message
    String awards_no_rounds();

    @Message
    String turnout_heading();

    @Message
    String nominations_heading();

    @Message
    String chart_turnout(String category);

    @Message
    String col_team();

    @Message
    String col_department();

    @Message
    String col_people();

    @Message
    String col_received();

    @Message
    String col_given();

    @Message
    String col_standard();

    @Message
    String col_recognitions();

    @Message
    String col_service();

    @Message
    String col_share();

    @Message
    String col_person();

    @Message
    String col_rule();

    @Message
    String col_total();

    @Message
    String col_story();

    @Message
    String col_complaint();

    @Message
    String col_published();

    @Message
    String col_round();

    @Message
    String col_category();

    @Message
    String col_eligible();

    @Message
    String col_voted();

    @Message
    String col_turnout();

    @Message
    String col_nominations();

    @Message
    String col_nominators();

    @Message
    String col_nominators_share();

    @Message
    String col_headcount_share();

    @Message
    String col_nomination_share();
}
