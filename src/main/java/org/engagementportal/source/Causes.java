package org.engagementportal.source;

import java.util.Optional;

/** Looking through an exception's causes, as the build's threads wrap what they throw. */
public final class Causes {
    private Causes() {
    }

    /** The first {@code kind} in {@code e} or its causes, if any. */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return Optional.of(kind.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
