package org.engagementportal.render;

import java.util.Map;

/**
 * Renders a named template with a model. Implemented on JBake's template engine (see
 * {@code org.engagementportal.jbake}); the rest of the portal depends only on this interface.
 */
public interface Templates {

    /**
     * @param template the template's file name under templates/, "consultation.ftlh"
     * @throws TemplateFailure when the template has a mistake; it says where
     */
    String render(String template, Map<String, Object> model);

    /** A template's text (the site's own, else the portal's), or empty when there is none; for digests. */
    java.util.Optional<String> source(String template);

    /** The template file for a type of content: JBake's {@code template.<type>.file} setting. */
    String templateFor(String type);

    /**
     * The ids a template (with the templates it imports or includes) writes as they are ({@code id="respond"}), which a
     * heading in a page's text must not take too. Worked out once for each template.
     */
    default java.util.Set<String> literalIds(String template) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(java.util.List.of(template));
        java.util.Set<String> read = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!read.add(name)) {
                continue;
            }
            source(name).ifPresent(text -> {
                java.util.regex.Matcher id = LITERAL_ID.matcher(text);
                while (id.find()) {
                    ids.add(id.group(1));
                }
                java.util.regex.Matcher uses = USES.matcher(text);
                while (uses.find()) {
                    todo.push(uses.group(1));
                }
            });
        }
        return ids;
    }

    java.util.regex.Pattern LITERAL_ID = java.util.regex.Pattern.compile("\\sid=\"([A-Za-z][A-Za-z0-9_-]*)\"");
    java.util.regex.Pattern USES = java.util.regex.Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");
}
