package dev.diffkernel.kernel.magic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** %maven's resolution against a private local repository, with the remote unreachable (offline). */
class MavenArtifactsTest {
    /** A port nothing listens on: the remote repository cannot be reached. */
    private static final String UNREACHABLE = "http://127.0.0.1:9/maven2/";

    @TempDir
    Path repo;

    private void artifact(String artifactId, String dependencyPom) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("org/example/" + artifactId + "/1.0"));
        Files.write(dir.resolve(artifactId + "-1.0.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(dir.resolve(artifactId + "-1.0.pom"), "<project><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.example</groupId><artifactId>" + artifactId + "</artifactId><version>1.0</version>"
                + dependencyPom + "</project>");
    }

    @Test
    void resolvesFromTheLocalRepositoryWithItsDependenciesWhenOffline() throws Exception {
        artifact("base", "");
        artifact("helpers", "<dependencies><dependency><groupId>org.example</groupId><artifactId>base</artifactId>"
                + "<version>1.0</version></dependency></dependencies>");
        List<Path> jars = new MavenArtifacts(repo, UNREACHABLE).resolve("org.example:helpers:1.0");
        assertEquals(List.of(repo.resolve("org/example/helpers/1.0/helpers-1.0.jar"), repo.resolve("org/example/base/1.0/base-1.0.jar")),
                jars);
    }

    @Test
    void aDependencyInAProfileThatTheJdkActivatesIsResolvedToo() throws Exception {
        artifact("base", "");
        artifact("modern", "<profiles><profile><id>jdk</id><activation><jdk>[1.8,)</jdk></activation>"
                + "<dependencies><dependency><groupId>org.example</groupId><artifactId>base</artifactId>"
                + "<version>1.0</version></dependency></dependencies></profile></profiles>");
        assertEquals(List.of(repo.resolve("org/example/modern/1.0/modern-1.0.jar"), repo.resolve("org/example/base/1.0/base-1.0.jar")),
                new MavenArtifacts(repo, UNREACHABLE).resolve("org.example:modern:1.0"));
    }

    @Test
    void aMissingArtifactOfflineSaysTheRemoteCannotBeReached() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new MavenArtifacts(repo, UNREACHABLE).resolve("org.example:absent:2.0"));
        assertTrue(error.getMessage().startsWith("org.example:absent:2.0 is not in the local repository (" + repo
                + ") and the remote repository " + UNREACHABLE + " cannot be reached ("), error.getMessage());
        assertTrue(error.getMessage().endsWith("; offline, put the jar in the local repository or add it with %jars"), error.getMessage());
    }

    @Test
    void badCoordinatesAreNamed() {
        assertEquals("'commons-math3' is not group:artifact:version (e.g. org.apache.commons:commons-math3:3.6.1)",
                assertThrows(IllegalArgumentException.class, () -> new MavenArtifacts(repo, UNREACHABLE).resolve("commons-math3"))
                        .getMessage());
    }
}
