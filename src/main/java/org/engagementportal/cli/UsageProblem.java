package org.engagementportal.cli;

/** The command was used wrongly in a way only found after parsing (a folder that does not exist...). */
final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
