package org.engagementportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline's stages, and their uses run one way (STYLE.md): a package that uses another is never used
 * by it, however far round. A loop means a stage reaches back into one that comes after it, so neither can be read or
 * changed alone; this names the files that make each use in the loop.
 */
class PackagesTest {
    static final Path SOURCES = Path.of("src/main/java/org/engagementportal");
    /** A use of a class of another package, by import or written out in full: "org.engagementportal.site.Site". */
    static final Pattern USE = Pattern.compile("\\borg\\.engagementportal\\.([a-z][a-z0-9]*)\\.[A-Z]");

    /** Each package's uses of the others, with the files that make each ("pipeline" → "audit" → [Pipeline.java]). */
    static Map<String, Map<String, Set<String>>> uses() throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            Path relative = SOURCES.relativize(f);
            if (relative.getNameCount() < 2) {
                continue; // nothing lives in the root package
            }
            String from = relative.getName(0).toString();
            Map<String, Set<String>> out = uses.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(relative.toString());
                }
            }
        }
        return uses;
    }

    @Test
    void noPackageUsesOneThatUsesIt() throws IOException {
        Map<String, Map<String, Set<String>>> uses = uses();
        assertTrue(uses.keySet().containsAll(List.of("source", "content", "site", "render", "generate", "pipeline", "cli")),
                "the stages are found: " + uses.keySet());
        List<String> loops = new ArrayList<>();
        for (List<String> group : new Loops(uses).find()) {
            StringBuilder why = new StringBuilder(String.join(", ", group) + " use each other:");
            for (String a : group) {
                for (String b : group) {
                    Set<String> files = uses.get(a).get(b);
                    if (files != null) {
                        why.append("\n  ").append(a).append(" -> ").append(b).append(" in ").append(files);
                    }
                }
            }
            loops.add(why.toString());
        }
        assertEquals(List.of(), loops);
    }

    @Test
    void aLoopIsFound() {
        // The finder itself: three packages round in a loop, a fourth used by them and using none.
        Map<String, Map<String, Set<String>>> uses = Map.of(
                "a", Map.of("b", Set.of("a/A.java"), "d", Set.of("a/A.java")),
                "b", Map.of("c", Set.of("b/B.java")),
                "c", Map.of("a", Set.of("c/C.java")),
                "d", Map.of());
        assertEquals(List.of(List.of("a", "b", "c")), new Loops(uses).find());
        assertEquals(List.of(), new Loops(Map.of("a", Map.of("b", Set.of("a/A.java")), "b", Map.of())).find());
    }

    @Test
    void onlyTheJBakePackageUsesJBake() throws IOException {
        List<String> users = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path f : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (!SOURCES.relativize(f).startsWith("jbake") && Files.readString(f, StandardCharsets.UTF_8).contains("org.jbake")) {
                    users.add(SOURCES.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), users);
    }

    /** Tarjan's strongly connected components: each group of two or more packages that reach one another, sorted. */
    private static final class Loops {
        private final Map<String, Map<String, Set<String>>> uses;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<List<String>> found = new ArrayList<>();

        Loops(Map<String, Map<String, Set<String>>> uses) {
            this.uses = uses;
        }

        List<List<String>> find() {
            for (String p : new TreeSet<>(uses.keySet())) {
                if (!index.containsKey(p)) {
                    visit(p);
                }
            }
            return found;
        }

        private void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.add(p);
            onStack.add(p);
            for (String q : new TreeSet<>(uses.getOrDefault(p, Map.of()).keySet())) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (onStack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                List<String> group = new ArrayList<>();
                String q;
                do {
                    q = stack.remove(stack.size() - 1);
                    onStack.remove(q);
                    group.add(q);
                } while (!q.equals(p));
                if (group.size() > 1) {
                    found.add(group.stream().sorted().toList());
                }
            }
        }
    }
}
