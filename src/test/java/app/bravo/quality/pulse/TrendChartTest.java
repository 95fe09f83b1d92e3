package app.bravo.quality.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The trend chart is well-formed SVG whatever the names in it, with gaps where days have no data. */
class TrendChartTest {

    static final String NASTY = "<b>&\"x'";

    static TrendChart.Labels labels(String name) {
        return new TrendChart.Labels("Customer satisfaction: " + name, "Trend for " + name, "6 Nov", "5 Dec",
                "CSAT %", "NPS", "Target");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<TrendChart.Point> days(Integer... csat) {
        List<TrendChart.Point> days = new ArrayList<>();
        for (Integer value : csat) {
            days.add(new TrendChart.Point(value, value == null ? null : value - 50));
        }
        return days;
    }

    @Test
    void wellFormedWithTheNameEscapedInTitleAndLabel() throws Exception {
        String svg = TrendChart.render(days(80, 90, null, 70), 90, 40, true, labels(NASTY));
        assertFalse(svg.contains(NASTY), "never raw");
        assertTrue(svg.contains("&lt;b&gt;&amp;&quot;x&#39;"), svg);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Trend for " + NASTY, root.getAttribute("aria-label"), "the parser reads back the very name");
        assertEquals("Customer satisfaction: " + NASTY,
                root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals(0, root.getElementsByTagNameNS("*", "b").getLength(), "no element smuggled in");
        assertEquals(0, root.getElementsByTagNameNS("*", "script").getLength());
    }

    @Test
    void theTargetLineIsDrawnIfAndOnlyIfThereIsATarget() throws Exception {
        assertEquals(1, targets(TrendChart.render(days(80, 90), 90, null, false, labels("Billing"))).size());
        assertEquals(0, targets(TrendChart.render(days(80, 90), null, null, false, labels("Billing"))).size());
        List<Element> both = targets(TrendChart.render(days(80, 90), 90, 40, true, labels("Billing")));
        assertEquals(2, both.size(), "CSAT's and NPS's");
        for (Element line : both) {
            assertEquals("6 4", line.getAttribute("stroke-dasharray"), "dashed");
        }
        Element csat = both.get(0);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", TrendChart.csatY(90)), csat.getAttribute("y1"));
        assertEquals(0, targets(TrendChart.render(days(80), null, 40, false, labels("x"))).size(),
                "the NPS target only with the NPS line");
    }

    @Test
    void daysWithoutDataAreGapsAndALoneDayIsADot() throws Exception {
        // 80, 90, gap, 70 (alone), gap, 60, 65: three runs, one of them a single day.
        Document doc = parse(TrendChart.render(days(80, 90, null, 70, null, 60, 65), null, null, false, labels("T")));
        Element csatLine = group(doc, "pulse-chart__line");
        String d = ((Element) csatLine.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
        assertEquals(3, d.split("M").length - 1, "a new stroke after each gap: " + d);
        assertEquals(2, d.split("L").length - 1, "one segment in each run of two days: " + d);
        assertEquals(1, csatLine.getElementsByTagNameNS("*", "circle").getLength(), "the lone day");
    }

    @Test
    void noDataAtAllIsStillAChartWithAxesAndNoLine() throws Exception {
        Document doc = parse(TrendChart.render(days(null, null, null), 90, null, false, labels("Empty")));
        assertEquals(0, doc.getElementsByTagNameNS("*", "path").getLength());
        assertNotNull(group(doc, "pulse-chart__line"));
        assertTrue(doc.getDocumentElement().getTextContent().contains("100 %"), "axis labels");
    }

    private static List<Element> targets(String svg) throws Exception {
        NodeList lines = parse(svg).getElementsByTagNameNS("*", "line");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("class").contains("pulse-chart__target")) {
                found.add(line);
            }
        }
        return found;
    }

    private static Element group(Document doc, String cssClass) {
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals(cssClass)) {
                return g;
            }
        }
        return null;
    }
}
