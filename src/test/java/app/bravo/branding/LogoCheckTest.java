package app.bravo.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What may become the logo, decided by content alone; and which accent colours carry white text. */
class LogoCheckTest {

    static Stream<Arguments> unsafeSvgs() {
        return Logos.UNSAFE_SVGS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeSvgs")
    void anSvgThatCouldRunOrFetchSomethingIsRefused(String what, String svg) {
        LogoCheck.Refused refused = assertThrows(LogoCheck.Refused.class, () -> LogoCheck.check(Logos.bytes(svg)));
        assertEquals(LogoCheck.Refusal.UNSAFE_SVG, refused.refusal(), what + ": " + refused.getMessage());
    }

    @Test
    void aCleanSvgWithFragmentReferencesPasses() throws Exception {
        assertEquals(LogoCheck.SVG, LogoCheck.check(Logos.bytes(Logos.CLEAN_SVG)).contentType());
    }

    @Test
    void aPngIsKnownByItsSignatureNotItsName() throws Exception {
        byte[] png = Logos.png();
        assertEquals(LogoCheck.PNG, LogoCheck.check(png).contentType());
        byte[] fake = png.clone();
        fake[1] = 'Q';
        assertEquals(LogoCheck.Refusal.NOT_AN_IMAGE,
                assertThrows(LogoCheck.Refused.class, () -> LogoCheck.check(fake)).refusal());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "GIF89a....", "<html><body>hi</body></html>", "<svg>no namespace</svg>", "<svg" })
    void anythingElseIsNotAnImage(String text) {
        LogoCheck.Refusal refusal = assertThrows(LogoCheck.Refused.class, () -> LogoCheck.check(Logos.bytes(text)))
                .refusal();
        assertTrue(refusal == LogoCheck.Refusal.NOT_AN_IMAGE || refusal == LogoCheck.Refusal.EMPTY, text);
    }

    @Test
    void moreThan100KbIsRefusedWhateverItIs() throws Exception {
        byte[] png = Logos.png();
        byte[] large = Arrays.copyOf(png, LogoCheck.MAX_BYTES + 1);
        assertEquals(LogoCheck.Refusal.TOO_LARGE,
                assertThrows(LogoCheck.Refused.class, () -> LogoCheck.check(large)).refusal());
        assertEquals(LogoCheck.PNG, LogoCheck.check(Arrays.copyOf(png, LogoCheck.MAX_BYTES)).contentType());
    }

    @Test
    void anAccentMustCarryWhiteTextAtFourAndAHalfToOne() {
        assertTrue(AccentColour.DEFAULT.readableWithWhiteText());
        assertEquals("#1e3a8a", AccentColour.DEFAULT.dark());
        assertTrue(AccentColour.parse("#0F766E").orElseThrow().readableWithWhiteText(), "teal, 5.5:1");
        assertEquals("#0f766e", AccentColour.parse(" #0F766E ").orElseThrow().hex());
        assertFalse(AccentColour.parse("#ff0000").orElseThrow().readableWithWhiteText(), "pure red is 4.0:1");
        assertFalse(AccentColour.parse("#ffff00").orElseThrow().readableWithWhiteText());
        assertEquals(21.0, AccentColour.parse("#000000").orElseThrow().contrastWithWhite(), 0.01);
        assertTrue(AccentColour.parse("red").isEmpty());
        assertTrue(AccentColour.parse("#12345").isEmpty());
        assertTrue(AccentColour.parse("#1234567").isEmpty());
        assertTrue(AccentColour.parse("#12345g").isEmpty());
        AccentColour teal = AccentColour.parse("#0f766e").orElseThrow();
        assertTrue(AccentColour.parse(teal.dark()).orElseThrow().contrastWithWhite() > teal.contrastWithWhite());
    }
}
