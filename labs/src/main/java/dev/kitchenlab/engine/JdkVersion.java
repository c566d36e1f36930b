package dev.kitchenlab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The feature release (17, 21, 25) of the JDK that will run the kitchens. */
final class JdkVersion {
    private JdkVersion() {
    }

    /**
     * The feature release of the JDK at {@code javaHome}: this JVM's own when it is the same, else read from the
     * JDK's {@code release} file; 0 when that cannot be told.
     */
    static int featureOf(Path javaHome) {
        if (javaHome.normalize().equals(Path.of(System.getProperty("java.home")).normalize())) {
            return Runtime.version().feature();
        }
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(javaHome.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            String feature = version.startsWith("1.") ? version.substring(2) : version;
            return Integer.parseInt(feature.split("[.+\\-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
