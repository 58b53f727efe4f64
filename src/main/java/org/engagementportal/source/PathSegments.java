package org.engagementportal.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Paths as written in content ("../events/drop-in.md"): their segments with "." and ".." resolved. */
public final class PathSegments {
    private PathSegments() {
    }

    /** The segments of {@code path} with "." and ".." resolved, or null when it climbs above its start. */
    public static List<String> resolve(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return List.copyOf(parts);
    }
}
