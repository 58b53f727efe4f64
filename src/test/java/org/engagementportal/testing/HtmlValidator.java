package org.engagementportal.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C validator's engine, {@code nu.validator:validator}), run in-process with
 * its bundled schemas, so tests need no network. One instance checks many files, one at a time.
 */
public final class HtmlValidator {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidator() {
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not start", e);
        }
    }

    /** The errors in one HTML file, each as "line:col: message"; empty when it is valid. */
    public List<String> errors(Path file) {
        collector.errors.clear();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException | SAXException e) {
            collector.errors.add("0:0: " + e.getMessage());
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as roles NHS.UK frontend adds on purpose) do not make a page invalid.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
