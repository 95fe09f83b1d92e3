package app.bravo.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

/**
 * Records what the application logs while a test runs (the test and the application share one JVM and one log
 * manager), to check that a client's mistake leaves at most a one-line warning and never a stack trace.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new ArrayList<>();
    private final java.util.logging.Logger root = java.util.logging.Logger.getLogger("");

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            records.add(record);
        }
    }

    /** Warnings and errors logged so far, each as "LEVEL logger: message [exception]". */
    public synchronized List<String> warnings() {
        return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " [" + r.getThrown() + "]")).collect(Collectors.toList());
    }

    /** The records logged with a stack trace. */
    public synchronized List<String> stackTraces() {
        return records.stream().filter(r -> r.getThrown() != null)
                .map(r -> r.getLoggerName() + ": " + r.getMessage() + " [" + r.getThrown() + "]")
                .collect(Collectors.toList());
    }

    /** Fails when anything was logged above WARN or with a stack trace, or more than one line per request. */
    public synchronized void assertAtMostOneWarningEach(int requests) {
        List<String> lines = warnings();
        for (LogRecord record : records) {
            if (record.getThrown() != null || record.getLevel().intValue() > Level.WARNING.intValue()) {
                throw new AssertionError("a client's mistake was logged as a server error: " + lines);
            }
        }
        if (lines.size() > requests) {
            throw new AssertionError("more than one warning per request: " + lines);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
