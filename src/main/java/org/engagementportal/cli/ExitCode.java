package org.engagementportal.cli;

/** The portal command's exit codes, as documented in README.md. */
public enum ExitCode {
    /** Everything worked (warnings may have been shown). */
    OK(0),
    /** The content has mistakes; they were listed with file, line and how to fix them. Nothing was published. */
    CONTENT(1),
    /** The command was used wrongly: an unknown option, a bad date for --now, a bad folder. */
    USAGE(2),
    /** Something went wrong inside the portal: a bug, or the disk failed. Nothing was published. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
