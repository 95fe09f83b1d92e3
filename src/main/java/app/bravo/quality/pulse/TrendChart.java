package app.bravo.quality.pulse;

import java.util.List;
import java.util.Locale;

/**
 * A 30- or 90-day trend as an inline SVG, rendered on the server (no JavaScript: readable in the kiosk and in
 * print). The CSAT % line (0-100, left axis) and optionally the NPS line (−100..100, right axis); a dashed line
 * per target; a gap wherever a day has no data (a lone day between gaps is a dot).
 *
 * <p><b>Safety:</b> pages insert this markup as it is (it is SVG, not text), so it is built from numbers
 * (formatted here) and from texts passed through {@link #escape} only: every caller's text (a team's name,
 * labels) is escaped on its way in, and nothing else reaches the string.
 */
public final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int RIGHT = 44;
    static final int TOP = 12;
    static final int BOTTOM = 32;

    /** One day: its CSAT % and NPS, null where the day has no data. */
    public record Point(Integer csatPercent, Integer nps) {
    }

    /**
     * The chart's texts in the reader's language (escaped here): the title (the team's or organisation's name
     * is in it), a one-line description for screen readers, the first and last day's labels, and the legend.
     */
    public record Labels(String title, String description, String firstDay, String lastDay, String csat,
            String nps, String target) {
    }

    private TrendChart() {
    }

    public static String render(List<Point> days, Integer csatTarget, Integer npsTarget, boolean withNps,
            Labels labels) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pulse-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(escape(labels.description())).append("\">");
        svg.append("<title>").append(escape(labels.title())).append("</title>");
        // Grid and axes: 0, 50 and 100 % on the left; −100, 0 and 100 NPS on the right.
        for (int percent = 0; percent <= 100; percent += 50) {
            String y = fmt(csatY(percent));
            svg.append("<line class=\"pulse-chart__grid\" x1=\"").append(LEFT).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#c8ccd2\" stroke-width=\"1\"/>");
            text(svg, "pulse-chart__axis", LEFT - 6, csatY(percent) + 4, "end", percent + " %");
            if (withNps) {
                text(svg, "pulse-chart__axis pulse-chart__axis--nps", WIDTH - RIGHT + 6, csatY(percent) + 4,
                        "start", Integer.toString(percent * 2 - 100));
            }
        }
        text(svg, "pulse-chart__axis", LEFT, HEIGHT - 10, "start", escape(labels.firstDay()));
        text(svg, "pulse-chart__axis", WIDTH - RIGHT, HEIGHT - 10, "end", escape(labels.lastDay()));
        if (csatTarget != null) {
            target(svg, "pulse-chart__target", csatY(csatTarget), "#1b6e3a", labels.target() + " " + labels.csat());
        }
        if (withNps && npsTarget != null) {
            target(svg, "pulse-chart__target pulse-chart__target--nps", npsY(npsTarget), "#7a4b00",
                    labels.target() + " " + labels.nps());
        }
        line(svg, days, true, "pulse-chart__line", "#1f5f8b", labels.csat());
        if (withNps) {
            line(svg, days, false, "pulse-chart__line pulse-chart__line--nps", "#8a5a00", labels.nps());
        }
        return svg.append("</svg>").toString();
    }

    /** The trend of one measure: a path whose every run of consecutive days with data is its own stroke. */
    private static void line(StringBuilder svg, List<Point> days, boolean csat, String cssClass, String colour,
            String name) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < days.size(); i++) {
            Integer value = csat ? days.get(i).csatPercent() : days.get(i).nps();
            if (value == null) {
                drawing = false;
                continue;
            }
            double x = x(i, days.size());
            double y = csat ? csatY(value) : npsY(value);
            boolean alone = !drawing && (i + 1 >= days.size() || valueOf(days.get(i + 1), csat) == null);
            if (alone) {
                dots.append("<circle class=\"").append(cssClass).append("-dot\" cx=\"").append(fmt(x))
                        .append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"").append(colour)
                        .append("\"/>");
            }
            path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(fmt(x)).append(' ')
                    .append(fmt(y));
            drawing = true;
        }
        svg.append("<g class=\"").append(cssClass).append("\"><title>").append(escape(name)).append("</title>");
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
        }
        svg.append(dots).append("</g>");
    }

    private static Integer valueOf(Point point, boolean csat) {
        return csat ? point.csatPercent() : point.nps();
    }

    private static void target(StringBuilder svg, String cssClass, double y, String colour, String name) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
                .append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>").append(escape(name))
                .append("</title></line>");
    }

    /** A label; {@code escaped} is already escaped (or digits). */
    private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String escaped) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                .append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"12\" fill=\"#3d434a\">").append(escaped).append("</text>");
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
    }

    static double csatY(int percent) {
        int clamped = Math.max(0, Math.min(100, percent));
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 100.0;
    }

    static double npsY(int nps) {
        int clamped = Math.max(-100, Math.min(100, nps));
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 200.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text made safe for SVG/XML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 forbids (control characters) are dropped rather than break the page.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
