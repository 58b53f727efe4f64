package org.engagementportal.content;

/**
 * A content file read again during a command (the text of a page on a very large site, see {@link Body}) was no longer
 * what the command had read: it was changed, moved or deleted, or could no longer be read, while the command ran.
 * Nothing is published; the command says which file and that running it again will do. Not a mistake in the file,
 * nor a bug in the portal.
 */
public final class SourceChanged extends RuntimeException {
    private final String file;

    private final String why;

    /** @param why how it changed, in a few words: "changed", "was deleted or moved", "could not be read again: …" */
    public SourceChanged(String file, String why, Throwable cause) {
        super(file + " " + why + " while the portal was reading the site", cause);
        this.file = file;
        this.why = why;
    }

    /** The file, from the site folder ("content/consultations/dental.md"). */
    public String file() {
        return file;
    }

    /** What happened to it, as a clause: "changed", "was deleted or moved". */
    public String why() {
        return why;
    }

    /** The first {@code SourceChanged} in {@code e} or its causes, if any. */
    public static java.util.Optional<SourceChanged> in(Throwable e) {
        return org.engagementportal.source.Causes.find(e, SourceChanged.class);
    }
}
