package org.engagementportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Small sites for tests: written from text blocks into a temporary folder, or copied from
 * {@code src/test/resources/sites/<name>/} so a build never writes into the source tree.
 */
public final class TestSite {
    /** The project folder, whose content/ is the example portal (tests run from it). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    /** The date and time the example portal's content is written for (README uses the same). */
    public static final String EXAMPLE_NOW = "2026-11-23T09:00";

    public static final String SITE_YML = """
            name: "NHS Testshire Integrated Care Board"
            base_url: https://engage.testshire.example/
            language: en-GB
            timezone: Europe/London
            contact:
              email: engage@testshire.example
              phone: 01632 960 100
            """;
    public static final String TOPICS_YML = """
            - id: mental-health
              name: Mental health
            - id: dentistry
              name: Dentistry
            - id: primary-care
              name: Primary care
            """;
    public static final String AREAS_YML = """
            - id: eastbrook
              name: Eastbrook
            - id: kingsmere
              name: Kingsmere
            """;
    public static final String SERIES_YML = """
            - id: weekly
              name: Patient and public bulletin
            - id: stakeholder
              name: Stakeholder bulletin
            """;
    public static final String COMMITTEES_YML = """
            - id: governing-body
              name: Governing Body
            """;

    public static final String GROUPS_YML = """
            - id: carers
              name: Carers
              description: People who look after a family member or friend.
            - id: parents
              name: Parents and carers
              description: Parents and carers of children under 16.
            - id: learning-disability
              name: People with a learning disability
              description: People of all ages with a learning disability, with their families.
            - id: young-carers
              name: Young carers
              description: Children and young people who look after someone at home.
            - id: gypsy-roma-traveller
              name: Gypsy, Roma and Traveller communities
              description: Families living on sites, on the roadside or in housing.
            """;

    private TestSite() {
    }

    /** The data files every test site starts with, keyed by path from the site folder. */
    public static Map<String, String> data() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/_data/site.yml", SITE_YML);
        files.put("content/_data/topics.yml", TOPICS_YML);
        files.put("content/_data/areas.yml", AREAS_YML);
        files.put("content/_data/series.yml", SERIES_YML);
        files.put("content/_data/committees.yml", COMMITTEES_YML);
        files.put("content/_data/groups.yml", GROUPS_YML);
        return files;
    }

    /** Writes the standard data files and then {@code files} (path from site folder to text) into {@code root}. */
    public static Path write(Path root, Map<String, String> files) {
        Map<String, String> all = data();
        all.putAll(files);
        all.forEach((path, text) -> writeBytes(root.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        return root;
    }

    public static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture site from src/test/resources/sites/ into {@code target}. */
    public static Path copy(String name, Path target) {
        Path from = Path.of("src/test/resources/sites", name);
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("no fixture site " + from);
        }
        copyTree(from, target);
        return target;
    }

    public static void copyTree(Path from, Path target) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a file; a test whose file lacks {@code from} fails, as its edit did nothing. */
    public static void edit(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        try {
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder, by site path ("/about/index.html"), with its bytes. */
    public static java.util.Map<String, byte[]> files(Path root) {
        java.util.Map<String, byte[]> all = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put("/" + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Deletes a folder and everything in it, if it is there. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
