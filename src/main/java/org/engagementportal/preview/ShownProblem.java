package org.engagementportal.preview;


/**
 * A problem in the words and layout of the terminal's report, in its three parts, for the preview to show in
 * the browser exactly as the terminal does.
 *
 * @param heading {@code content/about.md:2:8: error: what is wrong}
 * @param excerpt the line, and a caret line under the column ({@code 2 | title: [About}); empty when the problem
 *                has no line
 * @param fix     {@code Fix: what to change}; empty when the message says it
 */
public record ShownProblem(String heading, String excerpt, String fix) {

    /** Words for each problem of a build; a new one for each build, as it reads the files' lines as they are. */
    public interface Words {
        ShownProblem of(org.engagementportal.source.Problem problem);
    }

    java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("heading", heading);
        fields.put("excerpt", excerpt);
        fields.put("fix", fix);
        return fields;
    }
}
