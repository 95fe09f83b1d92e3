package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI text exists in every language, with the same placeholders. */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)");

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

    @ParameterizedTest
    @ValueSource(strings = { "sr", "sl" })
    void localeHasEveryKeyEnglishHas(String locale) throws IOException {
        Properties english = load("msg.properties");
        Properties translated = load("msg_" + locale + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertTrue(missing.isEmpty(), locale + " lacks " + missing);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), locale + " has keys English does not: " + extra);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                    locale + " " + key + " uses other placeholders");
            assertTrue(!translated.getProperty(key).isBlank(), locale + " " + key + " is empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "msg.properties", "msg_sr.properties", "msg_sl.properties" })
    void everyBundleMethodHasAText(String file) throws IOException {
        Properties texts = load(file);
        Set<String> methods = Arrays.stream(AppMessages.class.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        methods.removeAll(texts.stringPropertyNames());
        assertTrue(methods.isEmpty(), file + " lacks " + methods);
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
