package app.bravo.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import app.bravo.home.HomeMessages;
import app.bravo.people.PeopleMessages;
import app.bravo.security.SecurityMessages;
import app.bravo.web.WebMessages;
import io.quarkus.qute.i18n.MessageBundle;

/** Every feature's UI texts exist in every language, with the same placeholders, and match the bundle's methods. */
class MessageBundleTest {

    /** Every message bundle of the application; a new feature adds its own here. */
    static final List<Class<?>> BUNDLES = List.of(WebMessages.class, SecurityMessages.class, PeopleMessages.class,
            BehaviourMessages.class, HomeMessages.class, AuditMessages.class);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)");

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

    @Test
    void everyBundleFileBelongsToABundleListedHere() throws IOException {
        Set<String> listed = BUNDLES.stream().map(MessageBundleTest::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            Set<String> english = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".properties"))
                    .map(f -> f.replaceFirst("(_sr|_sl)?\\.properties$", "")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(listed), english, "a bundle file without its interface in BUNDLES, or the reverse");
        }
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
