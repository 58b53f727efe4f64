package org.engagementportal.content;

import java.util.Map;
import org.engagementportal.source.Position;

/**
 * One content file, read and validated: immutable, typed, and able to say where each of its fields was
 * written.
 *
 * @param source    the file's path from the site folder, "content/consultations/dental.md"
 * @param path      the path under {@code content/} without the variant and extension: "consultations/dental"
 *                  (a folder's {@code index.md} is the folder, "consultations")
 * @param positions where each field was written, by path ("closes", "respond.email", "agenda.2.paper")
 */
public record Document(String source, String path, ContentType type, Variant variant, Meta meta, Details details,
                       Body body, Map<String, Position> positions) {

    public Document {
        positions = Map.copyOf(positions);
    }

    /** Where a field was written, or the start of the file when it was not. */
    public Position at(String field) {
        Position p = positions.get(field);
        return p != null ? p : new Position(source, 1, 1);
    }

    /** True for a folder's {@code index.md}, which introduces the folder's listing. */
    public boolean isIndex() {
        return source.endsWith("/index.md") || source.matches(".*/index\\.[^/]+\\.md");
    }

    public <T extends Details> T detailsAs(Class<T> type) {
        return type.cast(details);
    }
}
