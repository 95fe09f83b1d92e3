package app.bravo.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * A CSV download for spreadsheets: UTF-8 with a byte order mark first (so Excel reads č ć š ž đ right), a
 * header row, RFC 4180 fields (quoted when they hold a comma, a quote or a line break; quotes doubled; CRLF line
 * ends). Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets
 * a leading apostrophe; numbers are written as they are.
 */
public final class CsvWriter {

    public static final String BOM = "\uFEFF";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder out = new StringBuilder(BOM);

    private CsvWriter() {
    }

    public static CsvWriter withHeader(List<String> header) {
        return new CsvWriter().row(header);
    }

    public static CsvWriter withHeader(String... header) {
        return withHeader(Arrays.asList(header));
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** One field as written: numbers plain, text neutralised and quoted when it must be. */
    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    public String text() {
        return out.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The download, named {@code filename} (letters, digits, dots and dashes only: anything else becomes a dash,
     * so the header needs no quoting rules of its own).
     */
    public Response download(String filename) {
        String safe = filename.replaceAll("[^A-Za-z0-9._-]", "-");
        return Response.ok(bytes()).type(MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .build();
    }
}
