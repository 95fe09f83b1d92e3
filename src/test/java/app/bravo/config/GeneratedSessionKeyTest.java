package app.bravo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's own session key: random, kept in the data folder, readable by its owner only, stable. */
class GeneratedSessionKeyTest {

    @Test
    void aKeyIsMadeOnceAndKept(@TempDir Path dataDir) throws Exception {
        GeneratedSessionKey.Source source = new GeneratedSessionKey.Source(dataDir.resolve("fresh"));
        String key = source.getValue(GeneratedSessionKey.PROPERTY);
        assertTrue(StartupGuard.sessionKeyProblem(key).isEmpty(), "good enough for production too: " + key);
        Path file = dataDir.resolve("fresh").resolve(GeneratedSessionKey.FILE);
        assertEquals(key, Files.readString(file).trim());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, new GeneratedSessionKey.Source(dataDir.resolve("fresh")).getValue(GeneratedSessionKey.PROPERTY),
                "a restart keeps the key, so sessions survive it");
    }

    @Test
    void everyInstallationGetsItsOwnKey(@TempDir Path dataDir) {
        String one = new GeneratedSessionKey.Source(dataDir.resolve("a")).getValue(GeneratedSessionKey.PROPERTY);
        String two = new GeneratedSessionKey.Source(dataDir.resolve("b")).getValue(GeneratedSessionKey.PROPERTY);
        assertNotEquals(one, two);
    }

    @Test
    void nothingIsWrittenUnlessTheKeyIsAskedFor(@TempDir Path dataDir) {
        GeneratedSessionKey.Source source = new GeneratedSessionKey.Source(dataDir);
        assertNull(source.getValue("quarkus.http.port"));
        assertTrue(source.getPropertyNames().isEmpty(), "a build that lists properties writes no file");
        assertTrue(Files.notExists(dataDir.resolve(GeneratedSessionKey.FILE)));
    }

    @Test
    void theBallotSecretIsAnotherKeyInItsOwnFile(@TempDir Path dataDir) {
        GeneratedSessionKey.Source source = new GeneratedSessionKey.Source(dataDir);
        String session = source.getValue(GeneratedSessionKey.PROPERTY);
        String ballot = source.getValue(GeneratedSessionKey.BALLOT_PROPERTY);
        assertNotEquals(session, ballot);
        assertTrue(StartupGuard.ballotSecretProblem(ballot).isEmpty(), ballot);
        assertEquals(ballot, new GeneratedSessionKey.Source(dataDir).getValue(GeneratedSessionKey.BALLOT_PROPERTY));
        assertTrue(Files.exists(dataDir.resolve(GeneratedSessionKey.BALLOT_FILE)));
    }
}
