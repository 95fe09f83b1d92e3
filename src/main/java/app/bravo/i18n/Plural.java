package app.bravo.i18n;

/**
 * The CLDR plural categories, named as CLDR names them so message texts read {@code {#is few}}. English uses
 * one and other; Serbian one, few and other; Slovenian one, two, few and other. Zero and many exist for other
 * languages only.
 */
public enum Plural {
    // lower case on purpose: these are CLDR's keywords, and message texts match them as written
    zero, one, two, few, many, other
}
