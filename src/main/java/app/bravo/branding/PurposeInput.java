package app.bravo.branding;

import jakarta.validation.constraints.Size;

/** "Why great service matters to us" per language; all empty takes the statement off the board. */
public record PurposeInput(@Size(max = PurposeInput.MAX) String en, @Size(max = PurposeInput.MAX) String sr,
        @Size(max = PurposeInput.MAX) String sl) {

    public static final int MAX = 500;
}
