package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The CSV reader every import shares: encodings, separators, and the line each record starts on. */
class CsvReaderTest {

    private static List<String> read(String text) {
        List<String> seen = new ArrayList<>();
        OptionalLong unreadable = CsvReader.read(text, (line, record) -> seen.add(line + ":" + String.join("|", record)));
        unreadable.ifPresent(line -> seen.add("unreadable at " + line));
        return seen;
    }

    @Test
    void eachRecordKnowsTheLineItStartsOnPastBlankLinesAndQuotedLineBreaks() {
        assertEquals(List.of("1:a|b", "3:c|two\nlines", "5:d|e"), read("a,b\n\nc,\"two\nlines\"\nd , e \n"));
    }

    @Test
    void semicolonsWhenTheFirstLineHasMoreOfThem() {
        assertEquals(List.of("1:x|y|z,w"), read("x;y;z,w\n"));
        assertEquals(List.of("1:x;y|z|w"), read("x;y,z,w\n"));
    }

    @Test
    void windows1250WhenTheBytesAreNotUtf8AndTheBomIsDropped() {
        byte[] excel = "Đorđe;Čačak\n".getBytes(Charset.forName("windows-1250"));
        assertEquals("Đorđe;Čačak\n", CsvReader.decode(excel));
        byte[] bom = "\uFEFFšum,1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("šum,1\n", CsvReader.decode(bom));
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        List<String> seen = read("a,b\n\"open,c\n");
        assertEquals("1:a|b", seen.get(0));
        assertEquals(true, seen.get(seen.size() - 1).startsWith("unreadable at "), seen.toString());
    }

    @Test
    void theHandlerStopsTheReading() {
        List<Long> lines = new ArrayList<>();
        CsvReader.read("1\n2\n3\n", (line, record) -> lines.add(line) && line < 2);
        assertEquals(List.of(1L, 2L), lines);
    }
}
