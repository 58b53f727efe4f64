package org.engagementportal.render;

import java.util.Locale;
import java.util.Map;
import org.engagementportal.attachments.FileFacts;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Attachment;

/** Describes attachments for their links: file type, size from the file itself, and the link. */
public final class DocumentViews {
    /** Short names and full names of the file types documents come in. */
    private static final Map<String, String[]> TYPES = Map.ofEntries(
            Map.entry("pdf", new String[] {"PDF", "Portable Document Format"}),
            Map.entry("doc", new String[] {"DOC", "Microsoft Word document"}),
            Map.entry("docx", new String[] {"DOCX", "Microsoft Word document"}),
            Map.entry("odt", new String[] {"ODT", "OpenDocument text document"}),
            Map.entry("rtf", new String[] {"RTF", "Rich Text Format document"}),
            Map.entry("xls", new String[] {"XLS", "Microsoft Excel spreadsheet"}),
            Map.entry("xlsx", new String[] {"XLSX", "Microsoft Excel spreadsheet"}),
            Map.entry("ods", new String[] {"ODS", "OpenDocument spreadsheet"}),
            Map.entry("csv", new String[] {"CSV", "Comma-separated values"}),
            Map.entry("ppt", new String[] {"PPT", "Microsoft PowerPoint presentation"}),
            Map.entry("pptx", new String[] {"PPTX", "Microsoft PowerPoint presentation"}),
            Map.entry("odp", new String[] {"ODP", "OpenDocument presentation"}),
            Map.entry("txt", new String[] {"TXT", "Plain text file"}),
            Map.entry("html", new String[] {"HTML", "Web page"}),
            Map.entry("mp3", new String[] {"MP3", "Audio file"}),
            Map.entry("mp4", new String[] {"MP4", "Video file"}),
            Map.entry("zip", new String[] {"ZIP", "Compressed folder"}));

    private final SiteConfig config;
    private final LayoutViews layouts;

    public DocumentViews(SiteConfig config, LayoutViews layouts) {
        this.config = config;
        this.layouts = layouts;
    }

    /**
     * A document's link text facts, and for a PDF that may not work with a screen reader, a prefilled
     * request for an accessible format quoting its title and {@code date} (the page's date, or null).
     */
    public DocumentView describe(Attachment a, String date) {
        String[] type = TYPES.getOrDefault(a.extension(), new String[] {a.extension().toUpperCase(Locale.UK), "File"});
        FileFacts facts = a.facts();
        boolean gaps = !facts.accessibilityGaps().isEmpty();
        String request = gaps ? layouts.request(a.title(), date).map(RequestFormat::mailto).orElse(null) : null;
        return new DocumentView(config.link("/" + a.file()), a.title(), type[0], type[1], size(facts.bytes()),
                facts.pages().isPresent() ? Plural.of(facts.pages().getAsInt(), "page", "pages") : null, gaps, request,
                a.web().map(w -> config.link(w.path()) + w.part()).orElse(null));
    }

    /** "340 KB", "1.2 MB", as GOV.UK writes file sizes (1 KB = 1,024 bytes). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return Plural.of(bytes, "byte", "bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return Math.round(kb) + " KB";
        }
        double mb = kb / 1024.0;
        return String.format(Locale.UK, mb < 10 ? "%.1f MB" : "%.0f MB", mb);
    }
}
