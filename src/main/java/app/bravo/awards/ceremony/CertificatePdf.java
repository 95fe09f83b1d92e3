package app.bravo.awards.ceremony;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * XHTML (a rendered Qute template, text escaped) to PDF with openhtmltopdf. The font is Liberation Sans, which
 * ships inside the PDFBox jar: embedded (subset) so č ć š ž đ print the same everywhere, with no system fonts.
 */
public final class CertificatePdf {

    static final String FAMILY = "Certificate Sans";
    static final String FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        // openhtmltopdf logs every render's steps at INFO through its own loggers: warnings are enough.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private CertificatePdf() {
    }


    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Only the regular face ships: registered for bold too, so headings never fall back to a
            // built-in PDF font without these letters.
            builder.useFont(CertificatePdf::font, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(CertificatePdf::font, FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("The PDFBox jar no longer ships " + FONT);
        }
        return in;
    }
}
