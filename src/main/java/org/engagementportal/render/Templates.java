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
}
