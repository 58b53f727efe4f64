package org.engagementportal.markdown;

import java.util.List;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;

/** A page's text rendered alone, as the lookalike tests read it: its HTML and the problems told, at the file's lines. */
final class TextRendering {
    static final String SOURCE = "content/about.md";
    /** The file line the text starts on, after its front matter. */
    static final int FIRST_LINE = 6;

    private TextRendering() {
    }

    record Result(String html, List<Problem> problems) {
    }

    static Result render(String markdown) {
        Problems problems = new Problems();
        String html = Markdown.shared().render(markdown, SOURCE, FIRST_LINE, "", null, problems).html();
        return new Result(html, problems.since(0));
    }
}
