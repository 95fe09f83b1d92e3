package app.bravo.web;

import java.util.regex.Pattern;

/**
 * The one definition of an acceptable e-mail address, used by the person form and API ({@link ValidEmail}) and
 * by the staff CSV import, so an address one of them takes is taken by all three. Practical rather than the
 * whole of RFC 5322: a dot-atom local part of letters, digits and the usual symbols (no quotes, spaces, commas
 * or semicolons, which break CSV files and mail headers), at most 64 characters, then a domain of at least two
 * labels whose last is alphabetic or punycode, at most 254 characters in all. Letters may be non-ASCII
 * (internationalised addresses).
 */
public final class EmailAddresses {

    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

    public static final Pattern PATTERN = Pattern.compile("^(?=.{3,254}$)(?=[^@]{1,64}@)" + ATOM + "(\\." + ATOM + ")*"
            + "@(" + LABEL + "\\.)+(\\p{L}{2,63}|xn--[A-Za-z0-9-]{1,59})$");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && PATTERN.matcher(address).matches();
    }
}
