package dev.diffkernel.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This kernel's version, from the Maven build. */
final class Version {
    static final String VERSION = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
