package app.bravo.board;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pins a post to the spotlight through the given day (the organisation's time zone); none means one week. */
public record PinInput(@Schema(example = "2026-12-24", description = "Last day in the spotlight; at most 60 days "
        + "ahead; left out: one week from now") LocalDate until) {
}
