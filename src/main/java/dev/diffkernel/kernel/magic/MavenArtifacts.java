package dev.diffkernel.kernel.magic;

import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves {@code group:artifact:version} with its runtime dependencies through Maven Resolver:
 * from the local repository first (no network), then from the remote repository. Immutable.
 *
 * @param localRepository the local repository ({@code ~/.m2/repository} unless configured)
 * @param remote the remote repository's URL (Maven Central unless configured)
 */
record MavenArtifacts(Path localRepository, String remote) {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    MavenArtifacts {
        Objects.requireNonNull(localRepository, "localRepository");
        Objects.requireNonNull(remote, "remote");
    }

    /**
     * The repositories a course configured: {@code DIFFKERNEL_MAVEN_LOCAL} (else {@code maven.repo.local},
     * else {@code ~/.m2/repository}) and {@code DIFFKERNEL_MAVEN_REMOTE} (else Maven Central).
     */
    static MavenArtifacts configured(Map<String, String> env) {
        String local = env.getOrDefault("DIFFKERNEL_MAVEN_LOCAL", System.getProperty("maven.repo.local"));
        Path localPath = local == null || local.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(local);
        String remote = env.getOrDefault("DIFFKERNEL_MAVEN_REMOTE", CENTRAL);
        return new MavenArtifacts(localPath.toAbsolutePath(), remote.isBlank() ? CENTRAL : remote);
    }

    /**
     * The jars of {@code coordinates} and its runtime dependencies, in class-path order.
     *
     * @param coordinates {@code group:artifact:version} (or {@code group:artifact:extension[:classifier]:version})
     * @throws IllegalArgumentException naming the coordinates and what is wrong: their form, or that
     *         neither repository has them (saying when the remote could not be reached)
     */
    List<Path> resolve(String coordinates) {
        DefaultArtifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + coordinates + "' is not group:artifact:version (e.g. org.apache.commons:commons-math3:3.6.1)");
        }
        RepositorySystem system = new RepositorySystemSupplier().get();
        try {
            try {
                return resolve(system, artifact, true); // the local repository alone, without the network
            } catch (DependencyResolutionException offline) {
                return resolve(system, artifact, false);
            }
        } catch (DependencyResolutionException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            boolean unreachable = root instanceof java.net.UnknownHostException || root instanceof java.net.ConnectException
                    || root instanceof java.net.NoRouteToHostException || root instanceof java.net.SocketTimeoutException;
            throw new IllegalArgumentException(coordinates + " is not in the local repository (" + localRepository + ")"
                    + (unreachable ? " and the remote repository " + remote + " cannot be reached (" + root
                            + "); offline, put the jar in the local repository or add it with %jars"
                            : " nor in " + remote + ": " + e.getMessage()
                                    + (root == e || root.getMessage() == null ? "" : " (" + root.getMessage() + ")")));
        } finally {
            system.shutdown();
        }
    }

    private List<Path> resolve(RepositorySystem system, DefaultArtifact artifact, boolean offline)
            throws DependencyResolutionException {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
        session.setOffline(offline);
        session.setSystemProperties(System.getProperties()); // poms' profiles activate by java.version, os.name
        // Maven's default ignores a pom it cannot read, and then silently drops the dependencies
        session.setArtifactDescriptorPolicy(new org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy(false, false));
        RemoteRepository repository = new RemoteRepository.Builder("remote", "default", remote).build();
        CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(repository));
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<Path> jars = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            jars.add(result.getArtifact().getFile().toPath());
        }
        return jars;
    }
}
