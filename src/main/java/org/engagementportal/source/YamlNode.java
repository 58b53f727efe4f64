package org.engagementportal.source;

import java.util.List;

/**
 * A YAML value as written in a file, with the position of its first character. Our own small tree, so
 * that the rest of the code does not depend on the YAML library, and every value can say where it is.
 */
public sealed interface YamlNode {

    Position position();

    /** What this is, in the words used in messages: "a list", "a group of fields", "text". */
    String describe();

    /**
     * A single value. {@code plain} is false when it was quoted, so "true" in quotes stays text; {@code block} is true when
     * it is written after {@code |} or {@code >}, so its text starts on the line after its position (the mark's).
     */
    record Scalar(String value, boolean plain, boolean isNull, Position position, boolean block) implements YamlNode {
        public Scalar(String value, boolean plain, boolean isNull, Position position) {
            this(value, plain, isNull, position, false);
        }

        @Override
        public String describe() {
            return isNull ? "nothing" : "\"" + value + "\"";
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping, in file order; keys are plain text. */
    record Mapping(List<Entry> entries, Position position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a group of fields";
        }
    }

    record Entry(String key, Position keyPosition, YamlNode value) {
    }
}
