package org.engagementportal.jbake;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Serves templates with the indentation at the start of each line removed. Templates stay indented for
 * the people who edit them; published pages do not carry that indentation (about a tenth of a page's
 * bytes), at no cost per page, because it happens once when a template is loaded. Templates must not
 * rely on leading spaces (none use {@code <pre>}).
 */
final class IndentStrippingLoader implements TemplateLoader {
    private final TemplateLoader inner;

    IndentStrippingLoader(TemplateLoader inner) {
        this.inner = inner;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return inner.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return inner.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader r = inner.getReader(templateSource, encoding)) {
            char[] buf = new char[8192];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                text.append(buf, 0, n);
            }
        }
        return new StringReader(strip(text.toString()));
    }

    /** Removes leading spaces and tabs from every line; keeps the line breaks, so template line numbers hold. */
    static String strip(String template) {
        StringBuilder out = new StringBuilder(template.length());
        boolean lineStart = true;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (lineStart && (c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        inner.closeTemplateSource(templateSource);
    }
}
