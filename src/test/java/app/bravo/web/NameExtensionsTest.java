package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameExtensionsTest {

    @Test
    void initialsOfTheFirstTwoNames() {
        assertEquals("AP", NameExtensions.initials("Ana Petrović"));
        assertEquals("ĐS", NameExtensions.initials("đorđe  stanković"));
        assertEquals("ČĐ", NameExtensions.initials(" Čedomir Đukić Marković "));
        assertEquals("M", NameExtensions.initials("Madonna"));
        assertEquals("", NameExtensions.initials(" "));
        assertEquals("", NameExtensions.initials(null));
    }
}
