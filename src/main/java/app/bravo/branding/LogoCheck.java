package app.bravo.branding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides whether uploaded bytes may become the logo, by their content (never the file name or the declared
 * type): a PNG by its signature, or an SVG that can run nothing and fetch nothing. An SVG is parsed with DTDs,
 * entities and external access switched off, then every node is checked: no script, foreignObject or embedded
 * HTML, no event handler attribute, no reference but a {@code #fragment} (no {@code javascript:}, no other file,
 * no {@code data:}), no {@code url()} but {@code url(#fragment)}, no {@code @import}, no processing instruction.
 */
public final class LogoCheck {

    public static final int MAX_BYTES = 100 * 1024;
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    /** Elements that run code, embed other documents or listen for events. */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed",
            "object", "handler", "listener", "audio", "video");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    /** Why an upload cannot be the logo. */
    public enum Refusal {
        EMPTY, TOO_LARGE, NOT_AN_IMAGE, UNSAFE_SVG
    }

    public static final class Refused extends Exception {
        private final Refusal refusal;

        Refused(Refusal refusal, String detail) {
            super(refusal + ": " + detail, null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A logo that passed: its bytes as uploaded and the content type it is served with. */
    public record Logo(byte[] bytes, String contentType) {
    }

    private LogoCheck() {
    }

    public static Logo check(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(Refusal.EMPTY, "no bytes");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE, bytes.length + " bytes");
        }
        if (bytes.length > PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return new Logo(bytes, PNG);
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("<!doctype")) {
            throw new Refused(Refusal.UNSAFE_SVG, "DOCTYPE");
        }
        Document svg = parse(bytes);
        Element root = svg.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new Refused(Refusal.NOT_AN_IMAGE, "root element " + root.getNodeName());
        }
        inspect(svg);
        return new Logo(bytes, SVG);
    }

    /** Parses XML with everything that reaches outside the bytes, or expands them, turned off. */
    private static Document parse(byte[] bytes) throws Refused {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: no entities (billion laughs), no external DTD or entity (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed to stderr
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            // A DOCTYPE the check above missed (another encoding) is refused here too, as unreadable.
            throw new Refused(Refusal.NOT_AN_IMAGE, String.valueOf(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw new Refused(Refusal.NOT_AN_IMAGE, String.valueOf(e.getMessage()));
        }
    }

    private static void inspect(Node node) throws Refused {
        switch (node.getNodeType()) {
            case Node.PROCESSING_INSTRUCTION_NODE, Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE ->
                throw new Refused(Refusal.UNSAFE_SVG, "node " + node.getNodeName());
            case Node.ELEMENT_NODE -> inspectElement((Element) node);
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                // A style element is checked whole: split into text nodes (u<!---->rl(…), CDATA) its pieces
                // would each look harmless.
                if (node.getParentNode() != null && "style".equalsIgnoreCase(node.getParentNode().getLocalName())
                        && node.getPreviousSibling() == null) {
                    inspectStyle(node.getParentNode().getTextContent());
                }
            }
            default -> {
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            inspect(child);
        }
    }

    private static void inspectElement(Element element) throws Refused {
        String name = String.valueOf(element.getLocalName()).toLowerCase(Locale.ROOT);
        if (FORBIDDEN_ELEMENTS.contains(name) || XHTML_NAMESPACE.equals(element.getNamespaceURI())) {
            throw new Refused(Refusal.UNSAFE_SVG, "element " + element.getNodeName());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = String.valueOf(attribute.getLocalName() == null ? attribute.getName()
                    : attribute.getLocalName()).toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            String compact = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on")) {
                throw new Refused(Refusal.UNSAFE_SVG, "event handler " + attribute.getName());
            }
            if (attributeName.equals("href") && !value.strip().startsWith("#")) {
                throw new Refused(Refusal.UNSAFE_SVG, "reference " + value);
            }
            if (compact.contains("javascript:")) {
                throw new Refused(Refusal.UNSAFE_SVG, "javascript: in " + attribute.getName());
            }
            if (ANIMATIONS.contains(name) && attributeName.equals("attributename")
                    && (compact.endsWith("href") || compact.startsWith("on"))) {
                throw new Refused(Refusal.UNSAFE_SVG, "animated " + value);
            }
            inspectStyle(value);
        }
    }

    /** A style sheet or attribute value: {@code url()} may only name a fragment, and nothing is imported. */
    private static void inspectStyle(String text) throws Refused {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // A backslash could spell url( or @import with CSS escapes the checks below would not see.
        if (lower.contains("@import") || lower.contains("\\") || lower.contains("-moz-binding")
                || lower.contains("expression(") || lower.contains("image-set(") || lower.contains("image(")
                || lower.contains("src(")) {
            throw new Refused(Refusal.UNSAFE_SVG, "style " + text);
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                throw new Refused(Refusal.UNSAFE_SVG, "url(" + url.group(1) + ")");
            }
        }
    }
}
