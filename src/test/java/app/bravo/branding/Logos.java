package app.bravo.branding;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

/** Logo files for the tests: a real PNG, a clean SVG, and SVGs that each carry one thing a logo must not. */
final class Logos {

    private Logos() {
    }

    static final String CLEAN_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64">
              <title>Logo</title>
              <defs>
                <linearGradient id="g"><stop offset="0" stop-color="#1d4ed8"/><stop offset="1" stop-color="#0f766e"/></linearGradient>
                <circle id="dot" r="4"/>
              </defs>
              <style>.ring { stroke: #111827; fill: url(#g); }</style>
              <circle class="ring" cx="32" cy="32" r="28" style="stroke-width: 2"/>
              <use href="#dot" x="32" y="32"/>
              <use xlink:href="#dot" x="20" y="20"/>
              <text x="32" y="60" text-anchor="middle">Bravo</text>
            </svg>
            """;

    /** Each an SVG that must be refused, by what it carries. */
    static final Map<String, String> UNSAFE_SVGS = Map.ofEntries(
            Map.entry("script", svg("<script>alert(1)</script>")),
            Map.entry("url split by a comment", svg("<style>rect { fill: u<!---->rl(https://evil.example/x) }</style>")),
            Map.entry("import split by CDATA", svg("<style>@im<![CDATA[port 'https://evil.example/x.css';]]></style>")),
            Map.entry("image-set", svg("<style>rect { fill: image-set(\"https://evil.example/x.png\" 1x) }</style>")),
            Map.entry("script in CDATA", svg("<script><![CDATA[alert(1)]]></script>")),
            Map.entry("onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"4\" height=\"4\"/></svg>"),
            Map.entry("onclick on a shape", svg("<rect width=\"4\" height=\"4\" onClick=\"alert(1)\"/>")),
            Map.entry("foreignObject", svg("<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>")),
            Map.entry("javascript link", svg("<a xlink:href=\"javascript:alert(1)\"><rect width=\"4\" height=\"4\"/></a>")),
            Map.entry("javascript link with spaces", svg("<a href=\" java&#9;script:alert(1)\"><rect width=\"4\" height=\"4\"/></a>")),
            Map.entry("external href", svg("<image href=\"https://evil.example/tracker.png\" width=\"4\" height=\"4\"/>")),
            Map.entry("data href", svg("<image href=\"data:image/svg+xml;base64,PHN2Zy8+\" width=\"4\" height=\"4\"/>")),
            Map.entry("use of another file", svg("<use href=\"other.svg#logo\"/>")),
            Map.entry("doctype with entity", """
                    <?xml version="1.0"?>
                    <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                    <svg xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>
                    """),
            Map.entry("external entity", """
                    <?xml version="1.0"?>
                    <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>
                    """),
            Map.entry("style url", svg("<style>rect { fill: url(https://evil.example/x.svg#p); }</style>")),
            Map.entry("style attribute url", svg("<rect width=\"4\" height=\"4\" style=\"fill: url('//evil.example/p')\"/>")),
            Map.entry("style import", svg("<style>@import 'https://evil.example/x.css';</style>")),
            Map.entry("escaped url", svg("<style>rect { fill: \\75 rl(https://evil.example/x); }</style>")),
            Map.entry("stylesheet instruction", "<?xml-stylesheet href=\"https://evil.example/x.css\"?>"
                    + svg("<rect width=\"4\" height=\"4\"/>")),
            Map.entry("animated href", svg("<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><rect width=\"4\" height=\"4\"/></a>")),
            Map.entry("iframe", svg("<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://evil.example\"/>")));

    static String svg(String inner) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 8 8\">"
                + inner + "</svg>";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 3, 0xff1d4ed8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
