package org.engagementportal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML (front matter and data files) into {@link YamlNode}s that keep their positions. YAML 1.2
 * rules apply, so {@code no} and {@code on} stay words rather than becoming true or false. Syntax errors
 * become problems explained in plain words.
 */
public final class Yaml {
    /** Immutable, so shared by every parse; positions are made ours in {@link #convert}. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both positions
            .setMaxAliasesForCollections(50)
            .build();

    private Yaml() {
    }

    /**
     * Parses {@code yaml}, which starts at {@code firstLine} (1-based) of {@code source}.
     *
     * @return the root node, or empty when the text is empty or not valid YAML (then a problem is added)
     */
    public static Optional<YamlNode> parse(SourceText source, String yaml, int firstLine, Problems problems) {
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
            return root.map(node -> convert(node, source.file(), firstLine, problems));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Position at = mark == null
                    ? new Position(source.file(), firstLine, 1)
                    : new Position(source.file(), firstLine + mark.getLine(), mark.getColumn() + 1);
            problems.error(at, "the front matter is not valid YAML: " + e.getProblem(), adviceFor(e.getProblem()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(new Position(source.file(), firstLine, 1),
                    "the front matter is not valid YAML: " + e.getMessage(),
                    "Check the lines between the --- markers for indentation and quotes.");
            return Optional.empty();
        }
    }

    /** Plain-English advice for the YAML mistakes comms staff make most. */
    static String adviceFor(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "A value that contains a colon followed by a space must be in double quotes, "
                    + "for example: title: \"Dental care: have your say\".";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "A quote was opened but not closed. Check that every value starting with \" ends with \" on the same line.";
        }
        if (p.contains("tab")) {
            return "Use spaces, not tab characters, to indent lines in the front matter.";
        }
        if (p.contains("could not find expected ':'")) {
            return "Each line of the front matter needs a field name, a colon and a space, then the value, "
                    + "for example: summary: A short description.";
        }
        if (p.contains("block end") || p.contains("indentation") || p.contains("expected <block")) {
            return "Check the indentation: items that belong to a field must be indented by the same number of spaces.";
        }
        if (p.contains("did not find expected key")) {
            return "Check the indentation of this line and the one above, and that list items start with '- '.";
        }
        return "Check this line for a missing space after a colon, an unclosed quote or wrong indentation.";
    }

    private static YamlNode convert(Node node, String file, int firstLine, Problems problems) {
        Position at = node.getStartMark()
                .map(m -> new Position(file, firstLine + m.getLine(), m.getColumn() + 1))
                .orElse(new Position(file, firstLine, 1));
        if (node instanceof ScalarNode scalar) {
            boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
            boolean isNull = plain && Tag.NULL.equals(scalar.getTag());
            return new YamlNode.Scalar(scalar.getValue(), plain, isNull, at);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            for (Node item : seq.getValue()) {
                items.add(convert(item, file, firstLine, problems));
            }
            return new YamlNode.Sequence(items, at);
        }
        MappingNode map = (MappingNode) node;
        List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
        for (NodeTuple tuple : map.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), file, firstLine, problems);
            YamlNode value = convert(tuple.getValueNode(), file, firstLine, problems);
            if (key instanceof YamlNode.Scalar s && !s.isNull()) {
                entries.add(new YamlNode.Entry(s.value(), key.position(), value));
            } else {
                problems.error(key.position(), "a field name must be a single word, but found " + key.describe(),
                        "Write the field as name: value.");
            }
        }
        return new YamlNode.Mapping(entries, at);
    }
}
