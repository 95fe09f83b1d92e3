package app.bravo.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * {@code bravo.generated-session-key}: a random session key kept in the data folder, for the embedded demo
 * (dev mode and the packaged demo profile) when no BRAVO_SESSION_KEY is set. Nobody else knows it, so a demo
 * that someone reaches over the network cannot be entered with a forged cookie. Created on first use only, so
 * a build or a production start never writes the file. {@code bravo.generated-ballot-secret} is the ballot
 * secret's twin, kept the same way in its own file.
 */
public class GeneratedSessionKey implements ConfigSourceFactory {

    static final String PROPERTY = "bravo.generated-session-key";
    static final String FILE = "session.key";
    static final String BALLOT_PROPERTY = "bravo.generated-ballot-secret";
    static final String BALLOT_FILE = "ballot.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("bravo.data-dir");
        Path folder = Path.of(dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue());
        return List.of(new Source(folder));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    static final class Source implements ConfigSource {
        private final Path folder;
        private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

        Source(Path folder) {
            this.folder = folder;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public String getValue(String name) {
            String file = PROPERTY.equals(name) ? FILE : BALLOT_PROPERTY.equals(name) ? BALLOT_FILE : null;
            if (file == null) {
                return null;
            }
            return keys.computeIfAbsent(name, n -> readOrCreate(folder.resolve(file)));
        }

        @Override
        public String getName() {
            return "bravo-generated-session-key";
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }

    static synchronized String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getEncoder().encodeToString(random);
            try {
                Files.writeString(Files.createFile(file), generated, StandardCharsets.US_ASCII);
                restrictToOwner(file);
                return generated;
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo key in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the data folder's own permissions apply.
        }
    }
}
