package app.bravo.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file the way people's spreadsheets write it: UTF-8 (with or without BOM) or Windows-1250,
 * comma or semicolon, blank lines skipped, cells trimmed; each record with the line it starts on, so an import
 * can name the lines it refuses. Shared by every CSV import.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** Takes one record and its line number (from 1); answers false to stop reading. */
    @FunctionalInterface
    public interface RecordHandler {
        boolean accept(long line, CSVRecord record);
    }

    /**
     * UTF-8 (with or without BOM) as exported by most tools; a file that is not valid UTF-8 is read as
     * Windows-1250, which is what Excel writes for "CSV" on Serbian and Slovenian Windows.
     */
    public static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("windows-1250"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Excel in Serbian and Slovenian locales separates with semicolons; the first line tells which. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /**
     * Hands every record of {@code text} to {@code handler} with the line it starts on (also when a quoted cell
     * runs over several lines). Answers the line at which the file became unreadable (0 when it could not be read
     * at all), or empty when it was read to the end or the handler stopped.
     */
    public static OptionalLong read(String text, RecordHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return OptionalLong.empty();
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return OptionalLong.of(parser.getCurrentLineNumber());
                }
                long line = lines.lineOf(firstNonBlank(text, record.getCharacterPosition()));
                if (!handler.accept(line, record)) {
                    return OptionalLong.empty();
                }
            }
        } catch (IOException e) {
            return OptionalLong.of(0);
        }
    }

    /** The record's position can point at blank lines skipped before it; its own line starts after them. */
    static long firstNonBlank(String text, long position) {
        int i = (int) position;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Character offset to line number, counted from 1. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long offset) {
            int index = java.util.Arrays.binarySearch(starts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
