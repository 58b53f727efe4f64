package org.engagementportal.markdown;

import java.util.function.Consumer;

/** A reader of a text's prose for tests: each run of words, and each picture's description, to {@code each}. */
final class WordsRead implements Prose.Reader {
    private final Consumer<String> each;

    WordsRead(Consumer<String> each) {
        this.each = each;
    }

    @Override
    public void words(CharSequence text, int line) {
        each.accept(text.toString());
    }

    @Override
    public void space() {
    }

    @Override
    public void end() {
    }

    @Override
    public void picture(String description, String file, int line) {
        each.accept(description);
    }

    @Override
    public void defines(String abbreviation, String meaning) {
    }
}
