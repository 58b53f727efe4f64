package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/** Reading a text's prose ({@link Markdown#read}) for the plain-English checks reports nothing: rendering it does. */
class MarkdownReadTest {
    @Test
    void textTooLongToReadIsPassedOverWithoutAProblemEvenWhereProblemsAreCaptured() {
        assertPassedOverQuietly("Words. " + "a".repeat(Limits.LINE_LENGTH + 1) + "\n");
    }

    @Test
    void textNestedTooDeepIsPassedOverWithoutAProblemEvenWhereProblemsAreCaptured() {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level <= Limits.NESTING + 1; level++) {
            deep.append("  ".repeat(level)).append("- item\n");
        }
        assertPassedOverQuietly(deep.toString());
    }

    private static void assertPassedOverQuietly(String tooLong) {
        List<String> read = new ArrayList<>();
        Problems.Captured<String> captured = Problems.capturing(() -> {
            Markdown.shared().read(tooLong, 12, new Prose.Reader() {
                @Override
                public void words(CharSequence text, int line) {
                    read.add(text.toString());
                }

                @Override
                public void space() {
                }

                @Override
                public void end() {
                }

                @Override
                public void picture(String description, String file, int line) {
                    read.add(description);
                }

                @Override
                public void defines(String abbreviation, String meaning) {
                }
            });
            return "done";
        });
        assertTrue(read.isEmpty(), read.toString());
        assertTrue(captured.problems().isEmpty(), "reported when the text is rendered, not here: " + captured.problems());
    }
}
