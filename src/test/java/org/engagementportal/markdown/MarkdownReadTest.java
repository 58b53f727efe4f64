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
            Markdown.shared().read(tooLong, 12, new WordsRead(read::add));
            return "done";
        });
        assertTrue(read.isEmpty(), read.toString());
        assertTrue(captured.problems().isEmpty(), "reported when the text is rendered, not here: " + captured.problems());
    }
}
