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
        return 2;
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
                    return !text.toUpperCase(Locale.ROOT).contains(type(fileName(a))) || !SIZE.matcher(text).find();
                })
                .map(a -> new Finding(id(), a, "the link to " + a.attr("href") + " does not say its file type and size.", fix(page, a)))
                .toList();
    }

    /**
     * Naming the file in the front matter as the page's type does (a meeting's agenda item's 'paper', a page's 'documents');
     * for a type with no place for documents, or a page of a built site whose type is not known (an audit), what is left:
     * to say the type and size in the link's words. Telling a type to use a field it does not have stops the build again.
     */
    private static String fix(PageUnderTest page, org.jsoup.nodes.Element a) {
        String file = fileName(a);
        return page.kind().flatMap(k -> k.documentNamed(file)).orElse("Write the file's type and size in the link's words, "
                + "such as [" + a.text() + " (" + type(file) + ", 340 KB)](" + a.attr("href") + "), with the size your computer "
                + "shows for the file.");
    }

    /** The name of the file a link is to, without the folders before it or a query or part after it: "agenda.pdf". */
    private static String fileName(org.jsoup.nodes.Element a) {
        String href = a.attr("href");
        int cut = java.util.stream.IntStream.of(href.indexOf('?'), href.indexOf('#')).filter(i -> i >= 0).min().orElse(href.length());
        String path = href.substring(0, cut);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file type as a link's words would say it: "PDF". */
    private static String type(String file) {
        return file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }
}
