package org.engagementportal.source;

import java.util.Comparator;

/**
 * A place in a source file: the path as the user sees it (relative to the site folder, with forward
 * slashes) and a 1-based line and column. Line 0 means "the file as a whole".
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing((Position p) -> p.file())
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        Validate.notNull(file, "file");
        Validate.isTrue(line >= 0 && column >= 0, "line and column are 1-based, or 0 for the whole file");
    }

    /** The file as a whole, for problems that have no better place. */
    public static Position file(String file) {
        return new Position(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (!hasLine()) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(column, 1);
    }
}
