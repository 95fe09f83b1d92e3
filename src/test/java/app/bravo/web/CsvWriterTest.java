package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The CSV writer's rules, without Quarkus. */
class CsvWriterTest {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("\"a, b\"", CsvWriter.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.field("two\nlines"));
        assertEquals("", CsvWriter.field(null));
    }

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostrophe() {
        for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\tx" }) {
            assertEquals("'" + formula, CsvWriter.field(formula), formula);
        }
        assertEquals("\"'\rx\"", CsvWriter.field("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.field("=HYPERLINK(\"x\")"));
        assertEquals("-3", CsvWriter.field(-3), "numbers are numbers");
        assertEquals("a=b", CsvWriter.field("a=b"));
    }

    @Test
    void startsWithABomAndEndsLinesWithCrLf() {
        byte[] bytes = CsvWriter.withHeader("Ime", "Broj").row("Đorđe Čačić", 2).bytes();
        assertEquals("\uFEFFIme,Broj\r\nĐorđe Čačić,2\r\n", new String(bytes, StandardCharsets.UTF_8));
        assertEquals((byte) 0xEF, bytes[0]);
    }
}
