package app.bravo.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart drawn as inline SVG by the {@code barchart} tag: only numbers computed here and texts
 * the template escapes (names are user text), no script, so it reads the same in print and without JavaScript.
 */
@TemplateData
public record BarChart(String title, int width, int height, int labelX, int barX, int barHeight, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int BAR_AREA = 340;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 16;
    static final int MAX_LABEL = 32;

    /** One bar: its label (shortened), the value as shown, and where it goes. */
    @TemplateData
    public record Bar(String label, String value, int y, int textY, int length, int valueX) {
    }

    /** Bars for the labels and values in order; {@code unit} follows each value (e.g. " %"), or is empty. */
    public static BarChart of(String title, List<String> labels, List<? extends Number> values, String unit) {
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double value = values.get(i).doubleValue();
            int length = max <= 0 ? 0 : (int) Math.round(BAR_AREA * value / max);
            int y = 4 + i * ROW;
            bars.add(new Bar(shorten(labels.get(i)), values.get(i) + unit, y, y + BAR_HEIGHT - 3, length,
                    LABEL_WIDTH + length + 6));
        }
        return new BarChart(title, WIDTH, 8 + labels.size() * ROW, LABEL_WIDTH - 8, LABEL_WIDTH, BAR_HEIGHT,
                List.copyOf(bars));
    }

    static String shorten(String label) {
        String text = label == null ? "" : label.strip();
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
