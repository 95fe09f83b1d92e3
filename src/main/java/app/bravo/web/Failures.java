package app.bravo.web;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What kind of failure a throwable is, looking along its causes: the pages and the API answer a busy database
 * with 503, and input that the database or a decoder refuses with 400, instead of a server error.
 */
final class Failures {

    /** How long a client should wait before trying again when the database is busy, in seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private Failures() {
    }

    /**
     * No database connection could be had: the pool stayed empty for its whole acquisition timeout (Agroal says
     * so only in its message), or the database cannot be reached (SQLState class 08).
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("acquisition timeout")
                        || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Text the database cannot store (PostgreSQL refuses the NUL character: SQLState 22021, or 22P05 for a
     * character it cannot convert). The edge refuses NUL before it gets this far; this keeps any path it missed
     * a 400 instead of a 500. Nothing was written: the statement failed.
     */
    static boolean unstorableText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A percent-escape in the request that cannot be decoded (a form field {@code lang=%zz}, a mangled token
     * {@code %%%%}): RESTEasy's URL decoder throws a bare IllegalArgumentException for it, so tell it by the
     * decoder at the top of the stack rather than by the message.
     */
    static boolean malformedEncoding(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof IllegalArgumentException) {
                for (StackTraceElement frame : cause.getStackTrace()) {
                    if (frame.getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils")) {
                        return true;
                    }
                    if (frame.getClassName().startsWith("app.bravo.")) {
                        break;
                    }
                }
            }
            if (cause instanceof io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException) {
                return true;
            }
        }
        return false;
    }

    /** A form field longer than quarkus.http.limits.max-form-attribute-size allows. */
    static boolean formFieldTooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.TooLongFormFieldException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
