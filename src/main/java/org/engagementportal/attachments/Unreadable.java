package org.engagementportal.attachments;

/**
 * Why a PDF cannot be opened, in words for the message, with the fix for that cause: a file copied empty is copied again,
 * and only one protected by a password is saved again without one.
 */
public enum Unreadable {
    EMPTY("it is empty (0 bytes)",
            "Copy the PDF again from where it was saved, check that it opens, and replace this file with it."),
    CUT_OFF("it is damaged: it looks cut off, ending before the end every PDF has, as a file does when it was not completely "
            + "copied or uploaded",
            "Copy or upload the PDF again (or save or export it again as a PDF), and replace this file with it."),
    PASSWORD("it is protected by a password",
            "Save or export the document as a PDF again, without a password, and replace the file."),
    DAMAGED("it is damaged, or it is another kind of file with .pdf at the end of its name",
            "Save or export the document as a PDF again, and replace the file."),
    TOO_BIG("it unpacks into more than the portal can hold in memory",
            "Save or export the document as a PDF again, and replace the file.");

    private final String why;
    private final String fix;

    Unreadable(String why, String fix) {
        this.why = why;
        this.fix = fix;
    }

    /** "it is empty (0 bytes)": follows "this PDF cannot be opened: ". */
    public String why() {
        return why;
    }

    /** What to do about it, as a problem's fix. */
    public String fix() {
        return fix;
    }
}
