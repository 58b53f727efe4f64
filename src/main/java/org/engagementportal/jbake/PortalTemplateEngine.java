package org.engagementportal.jbake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * A JBake template engine for Freemarker ({@code .ftlh}) templates, plugged in at JBake's engine seam:
 * it extends {@link AbstractTemplateEngine}, is built from a {@link JBakeConfiguration} (template folder,
 * encodings) and renders JBake {@link TemplateModel}s.
 *
 * <p>It differs from JBake's stock FreemarkerTemplateEngine where that one is slow or unsafe for us: no
 * lookup in the OrientDB content store for every variable (the model is complete), Freemarker's current
 * behaviour (HTML auto-escaping for .ftlh, record components as properties) instead of 2.3.0's, and the
 * rethrow exception handler, so a template mistake fails the build instead of printing into the page.
 * Templates in the site's {@code templates/} folder come first; the portal's bundled templates fill in
 * any that are missing.
 */
public final class PortalTemplateEngine extends AbstractTemplateEngine {
    /** Where the portal's own templates are inside portal.jar. */
    public static final String BUNDLED = "/bundle/templates";

    static {
        // Freemarker picks whichever logging library it finds first (log4j, when a test puts one on the class
        // path) and warns that it is unconfigured; route it to SLF4J, which the portal keeps silent.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private final Configuration freemarker;
    /** The templates as written, before {@link IndentStrippingLoader}: to say where a mistake is in the file. */
    private final TemplateLoader written;

    /** @param zone the site's time zone, in which templates show any date and time they format themselves */
    public PortalTemplateEngine(JBakeConfiguration config, ContentStore db, ZoneId zone) {
        super(config, db);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        this.written = loader(config.getTemplateFolder());
        cfg.setTemplateLoader(new IndentStrippingLoader(written));
        cfg.setDefaultEncoding(config.getRenderEncoding());
        cfg.setOutputEncoding(config.getOutputEncoding());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new CalledDirectly(wrapper.getMemberAccessPolicy()));
        cfg.setObjectWrapper(wrapper.build());
        // A site's templates come in pull requests and run in the pull-request check: ?new must not start Java
        // classes (Freemarker's default lets "freemarker.template.utility.Execute"?new() run any command).
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone(zone));
        // Columns count characters, as in every other place the portal reports (Freemarker counts a tab as up to 8).
        cfg.setTabSize(1);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        // Templates do not change during a build: never check the disk again once one is loaded.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.freemarker = cfg;
    }

    private static TemplateLoader loader(File folder) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && folder.isDirectory()) {
            try {
                loaders.add(new FileTemplateLoader(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(PortalTemplateEngine.class, BUNDLED));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /**
     * How many spaces and tabs start {@code line} (1-based) of a template as written: Freemarker's columns are
     * those of the template with its indentation removed, so this is added back to point into the file.
     */
    int indentation(String templateName, int line) {
        try {
            Object source = written.findTemplateSource(templateName);
            if (source == null || line < 1) {
                return 0;
            }
            try (java.io.BufferedReader r = new java.io.BufferedReader(written.getReader(source, freemarker.getDefaultEncoding()))) {
                String text = r.lines().skip(line - 1L).findFirst().orElse("");
                int n = 0;
                while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
                    n++;
                }
                return n;
            } finally {
                written.closeTemplateSource(source);
            }
        } catch (IOException e) {
            return 0;
        }
    }

    /** A template's text as the engine would read it (the site's own, else the portal's), or empty if there is none. */
    public java.util.Optional<String> source(String templateName) {
        TemplateLoader loader = freemarker.getTemplateLoader();
        try {
            Object found = loader.findTemplateSource(templateName);
            if (found == null) {
                return java.util.Optional.empty();
            }
            try (java.io.Reader r = loader.getReader(found, "UTF-8")) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) {
                    b.append(buf, 0, n);
                }
                return java.util.Optional.of(b.toString());
            } finally {
                loader.closeTemplateSource(found);
            }
        } catch (IOException e) {
            return java.util.Optional.of("unreadable: " + e.getMessage());
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            freemarker.getTemplate(templateName).process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * Freemarker's own access policy (which methods templates may call), its decisions unchanged, with each method it
     * lets templates call marked as not needing Java's access check on every call
     * ({@link java.lang.reflect.Method#trySetAccessible}): Freemarker keeps the very {@code Method} it asks about and
     * calls it through reflection, and without the mark each call looks up its caller by walking the stack. Only a
     * public method of a public class in a package its module exports to everyone is marked, which Java's check lets
     * any caller call: a template can call no method it could not call before. On the 10,000-page benchmark those
     * stack walks took about 0.7% of a cold build's processor time (the quick compiler does not build the caller lookup
     * in).
     */
    private record CalledDirectly(freemarker.ext.beans.MemberAccessPolicy policy) implements freemarker.ext.beans.MemberAccessPolicy {
        @Override
        public freemarker.ext.beans.ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            freemarker.ext.beans.ClassMemberAccessPolicy forClass = policy.forClass(contextClass);
            return new freemarker.ext.beans.ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(java.lang.reflect.Method method) {
                    boolean exposed = forClass.isMethodExposed(method);
                    Class<?> declaring = method.getDeclaringClass();
                    if (exposed && java.lang.reflect.Modifier.isPublic(method.getModifiers())
                            && java.lang.reflect.Modifier.isPublic(declaring.getModifiers())
                            && declaring.getModule().isExported(declaring.getPackageName())) {
                        method.trySetAccessible();
                    }
                    return exposed;
                }

                @Override
                public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                    return forClass.isConstructorExposed(constructor);
                }

                @Override
                public boolean isFieldExposed(java.lang.reflect.Field field) {
                    return forClass.isFieldExposed(field);
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return policy.isToStringAlwaysExposed();
        }
    }
}
