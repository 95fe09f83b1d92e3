package app.bravo.quality.pulse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.i18n.Messages;
import app.bravo.i18n.RelativeTimes;
import app.bravo.quality.pulse.PulseScore.Figures;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * The pulse panel as the board, kiosk, print view and team pages show it: {@code {inject:pulse.board}},
 * {@code {inject:pulse.kiosk}}, {@code {inject:pulse.print}}, {@code {inject:pulse.team(team.id, team.name)}}.
 * Each is rendered once per language and kept with the pulse ({@link PulseService#kept}), so a warm page pays a
 * map lookup. Features that show the pulse need not import quality (people must not): the template asks here.
 *
 * <p>The panel is a Qute template (it escapes every text) with the chart's SVG in it; both go into the page as
 * they are, which is safe because the template escaped its texts and {@link TrendChart} builds the SVG from
 * numbers and escaped texts only.
 */
@Named("pulse")
@ApplicationScoped
public class PulseViews {

    /** The series the panels draw (the API also offers 90). */
    public static final int DAYS = 30;

    /** Today's or this week's figures, written in the reader's language ("no data" where there is none). */
    @TemplateData
    public record Shown(String label, String csat, String average, String nps, long responses, boolean hasData) {
    }

    /** One panel: its kind (board, kiosk, print, team), heading, figures, chart and shout-outs. */
    @TemplateData
    public record Panel(String variant, String language, String heading, List<Shown> periods, RawString chart,
            List<ShoutOuts.ShoutOut> shoutOuts, String csatTarget, String npsTarget, boolean hasData) {

        /** A share as this panel's language writes it. */
        public String percent(Integer value) {
            return value == null ? "" : PulseViews.percent(value, language);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(Panel panel);
    }

    @Inject
    PulseService service;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    BravoConfig config;

    /** The organisation's pulse with the week's shout-outs, for the board; empty while turned off. */
    public RawString getBoard() {
        return config.pulse().onBoard() ? render("board", PulseScope.ORG, null, currentLocale.getCode())
                : new RawString("");
    }

    public RawString getPrint() {
        return render("print", PulseScope.ORG, null, currentLocale.getCode());
    }

    public RawString getKiosk() {
        return new RawString(kioskHtml(currentLocale.getCode()));
    }

    /** The kiosk's panel in a language, for its page and its live stream (board/KioskFeed). */
    public String kioskHtml(String language) {
        return render("kiosk", PulseScope.ORG, null, language).getValue();
    }

    /** A team's pulse, for its page. */
    public RawString team(Long teamId, String teamName) {
        return render("team", PulseScope.team(teamId), teamName, currentLocale.getCode());
    }

    private RawString render(String variant, PulseScope scope, String name, String language) {
        return service.kept(List.of("panel", variant, scope.key(), language, service.today()), () -> {
            PulseMessages m = Messages.get(PulseMessages.class, language);
            Pulse pulse = service.pulse(scope, DAYS);
            String shownName = name == null ? m.organisation() : name;
            boolean withShoutOuts = variant.equals("board") || variant.equals("kiosk");
            Panel panel = new Panel(variant, language, name == null ? m.pulse_title() : m.pulse_team_title(),
                    List.of(shown(m.pulse_today(), pulse.todayFigures(), m, language),
                            shown(m.pulse_week(), pulse.week(), m, language)),
                    new RawString(chart(pulse, shownName, language, !variant.equals("kiosk"))),
                    withShoutOuts ? service.shoutOuts() : List.of(),
                    pulse.targets().csatPercent() == null ? null : percent(pulse.targets().csatPercent(), language),
                    pulse.targets().nps() == null ? null : signed(pulse.targets().nps()), pulse.hasData());
            String html = Templates.panel(panel).setLocale(locale(language)).render();
            // One line, so the kiosk's stream can carry it as one event (an SSE data field is a line).
            return new RawString(html.replaceAll("[\\r\\n]+", " ").strip());
        });
    }

    /** The chart of a pulse in a language (also for the API's clients that want the picture). */
    public String chart(Pulse pulse, String name, String language, boolean withNps) {
        PulseMessages m = Messages.get(PulseMessages.class, language);
        int days = pulse.days().size();
        String last = m.pulse_no_data();
        for (int i = days - 1; i >= 0; i--) {
            Pulse.Day day = pulse.days().get(i);
            if (day.csatPercent() != null) {
                last = percent(day.csatPercent(), language) + " (" + RelativeTimes.day(day.day(), language) + ")";
                break;
            }
        }
        return TrendChart.render(
                pulse.days().stream().map(d -> new TrendChart.Point(d.csatPercent(), d.nps())).toList(),
                pulse.targets().csatPercent(), pulse.targets().nps(), withNps,
                new TrendChart.Labels(m.chart_title(name, days), m.chart_description(name, days, last),
                        RelativeTimes.day(pulse.from(), language), RelativeTimes.day(pulse.today(), language),
                        m.chart_legend_csat(), m.chart_legend_nps(), m.chart_target()));
    }

    private static Shown shown(String label, Figures figures, PulseMessages m, String language) {
        return new Shown(label,
                figures.csatPercent() == null ? m.pulse_no_data() : percent(figures.csatPercent(), language),
                figures.csatAverage() == null ? null : decimal(figures.csatAverage(), language),
                figures.nps() == null ? m.pulse_no_data() : signed(figures.nps()), figures.responses(),
                figures.hasData());
    }

    /** "92 %": a space before the sign, as Serbian and Slovenian write it (and the chart's axis). */
    static String percent(int value, String language) {
        return value + ("en".equals(language) ? "%" : " %");
    }

    /** NPS is shown with its sign: "+41", "−12", "0". */
    static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "−" + (-value) : "0";
    }

    static String decimal(BigDecimal value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(language));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
