package org.carepath.systemtests.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The repository's own files, read as the deployments read them (tests run in system-tests/). */
final class RepositoryFiles {

    static final List<String> SERVICES = List.of("referrals", "careplan", "discharge", "identity", "insights");

    private static final Path ROOT = Path.of("..");

    private RepositoryFiles() {
    }

    static String text(String path) {
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the folder whose name ends so, as a path from the root. */
    static List<String> files(String folder, String suffix) {
        try (Stream<Path> found = Files.walk(ROOT.resolve(folder))) {
            return found.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .map(file -> ROOT.relativize(file).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Properties applicationProperties(String service) {
        return properties(service + "-service/src/main/resources/application.properties");
    }

    static Properties platformDefaults() {
        return properties("platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    /** deploy/ports.env: every port, by variable name, in the file's order. */
    static Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        text("deploy/ports.env").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("=", 2))
                .forEach(pair -> ports.put(pair[0], Integer.valueOf(pair[1])));
        return ports;
    }
}
