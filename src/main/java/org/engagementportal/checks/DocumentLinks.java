package org.engagementportal.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A link to a document says what kind of file it is and how big, before anyone opens it. */
public final class DocumentLinks implements Rule {
    private static final Pattern DOCUMENT = Pattern.compile("(?i).*\\.(pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip)([?#].*)?$");
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s?(bytes?|KB|MB|GB)");

    public String id() {
        return "document-link";
    }

    public String criterion() {
        return "2.4.4 Link Purpose (In Context)";
    }

    public String why() {
        return "Opening a large or unexpected file costs time and data and may not work with assistive technology; people need to know before they follow the link.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    /** The file endings {@link #DOCUMENT} reads, each after a dot: one of them is in every address it matches. */
    private static final List<String> ENDINGS = List.of(".pdf", ".doc", ".odt", ".rtf", ".xls", ".ods", ".csv", ".ppt", ".odp", ".zip");

    /**
     * Whether the address is of a document ({@link #DOCUMENT}). Most links are to pages: the expression, which
     * tries every dot in the address, is asked only about addresses with one of its endings in them.
     */
    static boolean isDocument(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (lower.contains(ending)) {
                return DOCUMENT.matcher(href).matches();
            }
        }
        return false;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("a").stream()
                .filter(a -> a.hasAttr("href"))
                .filter(a -> isDocument(a.attr("href")))
                .filter(a -> {
                    String text = a.text();
                    String type = a.attr("href").replaceAll("[?#].*$", "");
                    type = type.substring(type.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
                    return !text.toUpperCase(Locale.ROOT).contains(type) || !SIZE.matcher(text).find();
                })
                .map(a -> new Finding(id(), a, "the link to " + a.attr("href") + " does not say its file type and size.",
                        "List the file under 'documents' in the front matter, which shows its type and size, instead of linking it in the text."))
                .toList();
    }
}
