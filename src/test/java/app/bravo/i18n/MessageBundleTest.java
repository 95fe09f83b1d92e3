package app.bravo.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.bravo.audit.AuditMessages;
import app.bravo.behaviours.BehaviourMessages;
import app.bravo.board.BoardMessages;
import app.bravo.board.KioskMessages;
import app.bravo.branding.BrandingMessages;
import app.bravo.awards.voting.VotingMessages;
import app.bravo.moderation.ModerationMessages;
import app.bravo.posts.PostMessages;
import app.bravo.people.PeopleMessages;
import app.bravo.security.SecurityMessages;
import app.bravo.web.WebMessages;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every feature's UI texts exist in every language, with the same placeholders, and match the bundle's methods;
 * counted phrases have every plural form their language needs, and amounts are written the language's way.
 */
class MessageBundleTest {

    /** Every message bundle of the application; a new feature adds its own here. */
    static final List<Class<?>> BUNDLES = List.of(WebMessages.class, SecurityMessages.class, PeopleMessages.class,
            BehaviourMessages.class, AuditMessages.class, PostMessages.class, BoardMessages.class,
            KioskMessages.class,
            BrandingMessages.class,

            ModerationMessages.class, app.bravo.awards.AwardMessages.class, VotingMessages.class,
            app.bravo.awards.ceremony.CeremonyMessages.class,
            app.bravo.quality.QualityMessages.class, app.bravo.quality.pulse.PulseMessages.class,
            app.bravo.insights.InsightsMessages.class);

    /** The data a text uses: {@code {name}}, {@code {count.fmt}} and the tested value of {@code {#when count.plural}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:#(?:when|if)\\s+)?([a-zA-Z]\\w*)");

    /** A counted phrase: {@code {#when count.plural}{#is one}…{#is few}…{#else}…{/when}}. */
    private static final Pattern PLURAL = Pattern.compile("\\{#when ([a-zA-Z]\\w*)\\.plural\\}(.*?)\\{/when\\}");
    private static final Pattern CASE = Pattern.compile("\\{#(is|case) ([^}]*)\\}|\\{#else\\}");

    /** The CLDR plural categories each language's grammar distinguishes (PluralsTest pins the rules themselves). */
    static final Map<String, Set<String>> CATEGORIES = Map.of(
            "", Set.of("one", "other"),
            "_sr", Set.of("one", "few", "other"),
            "_sl", Set.of("one", "two", "few", "other"));

    /**
     * Numbers that are names rather than amounts, printed as they are: an HTTP status, a line of a file, a page.
     * Every other whole-number argument is written the language's way ({@code {n.fmt}}: "20.000").
     */
    static final Set<String> NUMBERS_AS_NAMES = Set.of("error_other_title.status", "import_error_duplicate.line",
            "import_error_team_department.line", "rank_label.place", "round_caption.number");

    /**
     * Amounts that need no plural form in Serbian and Slovenian because no word agrees with them ("3 bez promene",
     * or a noun said once after the last of two numbers). Every other amount picks its form with {@code .plural}.
     */
    static final Set<String> AMOUNTS_WITHOUT_A_NOUN = Set.of("import_done.unchanged", "audit_import_details.unchanged",
            "error_size.min", "turnout_summary.eligible", "turnout_summary.percent", "category_numbers.finalists",
            "category_numbers.winners", "error_winners_over_finalists.finalists", "error_approval_choices.finalists");

    static Stream<Arguments> bundlesAndLanguages() {
        return BUNDLES.stream().flatMap(b -> Stream.of("sr", "sl").map(l -> Arguments.of(name(b), l)));
    }

    static Stream<Arguments> bundleFiles() {
        return BUNDLES.stream().flatMap(b -> Stream.of("", "_sr", "_sl").map(l -> Arguments.of(b, name(b) + l)));
    }

    static String name(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }

    static Properties load(String file) throws IOException {
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/messages/" + file)) {
            if (in == null) {
                throw new AssertionError("missing /messages/" + file);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyLanguageHasEveryKeyEnglishHas(String bundle, String language) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertTrue(missing.isEmpty(), bundle + "_" + language + " lacks " + missing);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), bundle + "_" + language + " has keys English does not: " + extra);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                    bundle + "_" + language + " " + key + " uses other placeholders");
            assertFalse(translated.getProperty(key).isBlank(), bundle + "_" + language + " " + key + " is empty");
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bundleFiles")
    void everyBundleMethodHasATextAndEveryTextAMethod(Class<?> bundle, String file) throws IOException {
        Set<String> texts = load(file + ".properties").stringPropertyNames();
        Set<String> methods = Arrays.stream(bundle.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(texts);
        assertTrue(missing.isEmpty(), file + " lacks " + missing);
        Set<String> unused = new TreeSet<>(texts);
        unused.removeAll(methods);
        assertTrue(unused.isEmpty(), file + " has texts no method reads: " + unused);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bundleFiles")
    void everyCountedPhraseHasEveryFormItsLanguageNeeds(Class<?> bundle, String file) throws IOException {
        Properties texts = load(file + ".properties");
        Set<String> needed = CATEGORIES.get(file.substring(name(bundle).length()));
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            Matcher plural = PLURAL.matcher(text);
            int phrases = 0;
            while (plural.find()) {
                phrases++;
                Set<String> covered = new TreeSet<>();
                boolean otherwise = false;
                Matcher branch = CASE.matcher(plural.group(2));
                while (branch.find()) {
                    if (branch.group(1) == null) {
                        otherwise = true;
                        continue;
                    }
                    String category = branch.group(2).trim();
                    assertTrue(needed.contains(category), file + " " + key + ": this language has no plural form '"
                            + category + "', only " + needed);
                    assertTrue(covered.add(category), file + " " + key + ": '" + category + "' twice");
                }
                if (otherwise) {
                    assertTrue(covered.add("other"), file + " " + key + ": {#is other} and {#else} both");
                }
                assertEquals(new TreeSet<>(needed), covered, file + " " + key + ": a form for every plural category"
                        + " of the language, each named ({#else} is other)");
            }
            assertEquals(count(text, "{#when"), phrases, file + " " + key + ": {#when x.plural} only, never nested");
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bundleFiles")
    void everyAmountIsWrittenAndCountedInTheLanguagesWay(Class<?> bundle, String file) throws IOException {
        Properties texts = load(file + ".properties");
        boolean translated = !file.equals(name(bundle));
        for (Method method : bundle.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                Class<?> type = parameter.getType();
                if (!(type == int.class || type == long.class || type == Integer.class || type == Long.class)) {
                    continue;
                }
                assertTrue(parameter.isNamePresent(), "compile with -parameters: the texts name the arguments");
                String id = method.getName() + "." + parameter.getName();
                String text = texts.getProperty(method.getName());
                if (NUMBERS_AS_NAMES.contains(id)) {
                    continue;
                }
                assertFalse(text.contains("{" + parameter.getName() + "}"), file + " " + id
                        + ": write amounts as {" + parameter.getName() + ".fmt} (20.000), or list a number that is a"
                        + " name in NUMBERS_AS_NAMES");
                if (translated && !AMOUNTS_WITHOUT_A_NOUN.contains(id)) {
                    assertTrue(text.contains("{#when " + parameter.getName() + ".plural}"), file + " " + id
                            + ": pick the word's form with {#when " + parameter.getName() + ".plural}{#is one}…"
                            + "{#else}…{/when} (\"1 osoba\", \"2 osobe\", \"5 osoba\")");
                }
            }
        }
    }

    @Test
    void everyBundleFileBelongsToABundleListedHere() throws IOException {
        Set<String> listed = BUNDLES.stream().map(MessageBundleTest::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            Set<String> english = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".properties"))
                    .map(f -> f.replaceFirst("(_sr|_sl)?\\.properties$", "")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(listed), english, "a bundle file without its interface in BUNDLES, or the reverse");
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
