package org.engagementportal.render;

import org.engagementportal.source.Position;

/**
 * A mistake in a template (not in content): a missing variable, a syntax error. Carries the template's
 * file and line so it can be reported like any other problem, and fails the build.
 */
public final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Position position;

    public TemplateFailure(Position position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
