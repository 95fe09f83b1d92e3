package app.bravo.quality.pulse;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The service-quality pulse, its chart, shout-outs and targets. Used as <code>{pulse:key}</code> in templates;
 * English in <code>messages/pulse.properties</code>, Serbian and Slovenian beside it. Figures (per cents, NPS)
 * arrive formatted as text; counted words pick their form with {@code .plural}.
 */
@MessageBundle(value = "pulse", locale = "en")
public interface PulseMessages {

    @Message
    String pulse_title();

    @Message
    String pulse_team_title();

    @Message
    String pulse_today();

    @Message
    String pulse_week();

    @Message
    String pulse_csat();

    @Message
    String pulse_csat_hint();

    @Message
    String pulse_nps();

    @Message
    String pulse_nps_hint();

    @Message
    String pulse_no_data();

    @Message
    String pulse_responses(long count);

    @Message
    String pulse_average(String average);

    @Message
    String pulse_target(String goal);

    @Message
    String pulse_empty();

    @Message
    String chart_title(String name, int days);

    @Message
    String chart_description(String name, int days, String last);

    @Message
    String chart_target();

    @Message
    String chart_legend_csat();

    @Message
    String chart_legend_nps();

    @Message
    String chart_legend_target();

    @Message
    String organisation();

    @Message
    String shout_title();

    @Message
    String shout_automatic();

    @Message
    String shout_target_organisation();

    @Message
    String shout_target_team(String team);

    @Message
    String shout_best_week(String team, String percent);

    @Message
    String shout_praised(String name, String team, long count);

    @Message
    String targets_title();

    @Message
    String targets_intro();

    @Message
    String targets_empty();

    @Message
    String targets_scope();

    @Message
    String targets_metric();

    @Message
    String targets_goal();

    @Message
    String targets_goal_hint();

    @Message
    String targets_set_by(String who, String day);

    @Message
    String targets_save();

    @Message
    String targets_remove();

    @Message
    String targets_saved();

    @Message
    String targets_removed();

    @Message
    String metric_CSAT_PERCENT();

    @Message
    String metric_NPS();

    @Message
    String error_scope();

    @Message
    String error_metric();

    @Message
    String error_goal_csat();

    @Message
    String error_goal_nps();

    @Message
    String audit_target_set();

    @Message
    String audit_target_removed();

    @Message
    String audit_target_details(String scope, String metric, String goal);
}
