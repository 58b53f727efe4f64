package org.engagementportal.content;

/**
 * A content file read again during the build (the text of a page on a very large site, see {@link Body}) was no longer
 * what the build had read: it was changed, moved or deleted while the build ran. Nothing is published; the command
 * says which file and that running it again will do. Not a problem in the file, nor in the portal.
 */
public final class SourceChanged extends RuntimeException {
    private final String file;

    public SourceChanged(String file, Throwable cause) {
        super(file + " changed while the portal was building the site", cause);
        this.file = file;
    }

    /** The file, from the site folder ("content/consultations/dental.md"). */
    public String file() {
        return file;
    }

    /** The first {@code SourceChanged} in {@code e} or its causes, if any. */
    public static java.util.Optional<SourceChanged> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SourceChanged s) {
                return java.util.Optional.of(s);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }
}
