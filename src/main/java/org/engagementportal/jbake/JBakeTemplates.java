package org.engagementportal.jbake;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.render.TemplateFailure;
import org.engagementportal.render.Templates;
import org.engagementportal.source.Position;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The portal's templates, rendered through JBake: a {@link JBakeConfiguration} built from our typed
 * settings (template folder, encodings, {@code template.<type>.file} for each content type, as JBake maps
 * custom document types to templates) and our {@link PortalTemplateEngine}. This is the only package that
 * imports JBake.
 */
public final class JBakeTemplates implements Templates {
    private final JBakeConfiguration config;
    private final PortalTemplateEngine engine;

    /** @param pageTemplates the templates of the types of content, by name without ".ftlh" ("consultation") */
    public JBakeTemplates(Path siteRoot, SiteConfig site, java.util.Collection<String> pageTemplates) {
        this.config = configuration(siteRoot, site, pageTemplates);
        this.engine = new PortalTemplateEngine(config, null, site.timeZone());
    }

    /** JBake's configuration for this site: just the keys its template seam reads. */
    static JBakeConfiguration configuration(Path siteRoot, SiteConfig site, java.util.Collection<String> pageTemplates) {
        Map<String, Object> keys = new HashMap<>();
        keys.put("template.folder", "templates");
        keys.put("content.folder", "content");
        keys.put("asset.folder", "assets");
        keys.put("data.folder", "content/_data");
        keys.put("destination.folder", "public");
        keys.put("render.encoding", "UTF-8");
        keys.put("template.encoding", "UTF-8");
        keys.put("freemarker.outputencoding", "UTF-8");
        keys.put("site.host", site.baseUrl().toString());
        for (String name : pageTemplates) {
            keys.put("template." + name + ".file", name + ".ftlh");
        }
        keys.put("template.listing.file", "listing.ftlh");
        keys.put("template.home.file", "home.ftlh");
        keys.put("template.notfound.file", "not-found.ftlh");
        keys.put("template.redirect.file", "redirect.ftlh");
        keys.put("template.years.file", "you-said-we-did.ftlh");
        keys.put("template.year.file", "you-said-we-did-year.ftlh");
        keys.put("template.az.file", "a-z.ftlh");
        keys.put("template.search.file", "search.ftlh");
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(keys));
        return new DefaultJBakeConfiguration(siteRoot.toFile(), composite);
    }

    @Override
    public String templateFor(String type) {
        String name = templateNames.get(type); // asked for every page's key: JBake's configuration makes a path each time
        if (name == null) {
            File file = config.getTemplateFileByDocType(type);
            if (file == null) {
                throw new IllegalArgumentException("no template is configured for " + type);
            }
            name = file.getName();
            templateNames.put(type, name);
        }
        return name;
    }

    private final Map<String, String> templateNames = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Optional<String> source(String template) {
        return engine.source(template);
    }

    private final Map<String, java.util.Set<String>> literalIds = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Set<String> literalIds(String template) {
        return literalIds.computeIfAbsent(template, Templates.super::literalIds);
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        TemplateModel jbakeModel = new TemplateModel();
        jbakeModel.putAll(model);
        StringBuilderWriter out = new StringBuilderWriter(32 * 1024);
        try {
            engine.renderDocument(jbakeModel, template, out);
        } catch (RenderingException e) {
            throw failure(template, e.getCause() == null ? e : e.getCause());
        }
        return out.toString();
    }

    private TemplateFailure failure(String template, Throwable cause) {
        String where = "templates/" + template;
        if (cause instanceof TemplateNotFoundException nf) {
            return new TemplateFailure(Position.file("templates/" + nf.getTemplateName()),
                    "the template " + nf.getTemplateName() + " does not exist.", cause);
        }
        if (cause instanceof ParseException p) {
            return new TemplateFailure(at(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber()),
                    "the template has a syntax error: " + p.getEditorMessage(), cause);
        }
        if (cause instanceof TemplateException t) {
            String name = t.getTemplateSourceName() == null ? template : t.getTemplateSourceName();
            String blamed = t.getBlamedExpressionString();
            String what = t instanceof InvalidReferenceException && blamed != null
                    ? blamed + " has no value here (it is missing or null)."
                    : t.getMessageWithoutStackTop().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return new TemplateFailure(at(name, t.getLineNumber(), t.getColumnNumber()), "the template failed: " + what, cause);
        }
        return new TemplateFailure(Position.file(where), "the template could not be read: " + cause.getMessage(), cause);
    }

    /** A place in a template file, Freemarker's column moved past the indentation the engine does not see. */
    private Position at(String templateName, Integer line, Integer column) {
        int l = line == null ? 0 : Math.max(line, 0);
        int c = column == null ? 0 : Math.max(column, 0);
        return new Position("templates/" + templateName, l, l > 0 && c > 0 ? c + engine.indentation(templateName, l) : c);
    }

    /** A Writer into a StringBuilder: StringWriter's StringBuffer takes a lock for every piece Freemarker writes. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder sb;

        StringBuilderWriter(int capacity) {
            sb = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
