package org.engagementportal.attachments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file a portal publishes from {@code content/}: pictures, documents, spreadsheets and data,
 * audio and video with their captions, and calendar files. Anything else, above all web pages and
 * scripts ({@code .html}, {@code .js}, {@code .xml}) and programs, could run on the site's own address,
 * so it is reported instead of published. Each type has the {@code Content-Type} a server should send.
 */
public final class FileTypes {
    private FileTypes() {
    }

    /** A kind of file the portal publishes. */
    public record Type(String extension, String contentType, String group) {
    }

    private static final Map<String, Type> BY_EXTENSION = new LinkedHashMap<>();

    private static void add(String group, String contentType, String... extensions) {
        for (String e : extensions) {
            BY_EXTENSION.put(e, new Type(e, contentType, group));
        }
    }

    static {
        add("pictures", "image/png", "png");
        add("pictures", "image/jpeg", "jpg", "jpeg");
        add("pictures", "image/gif", "gif");
        add("pictures", "image/webp", "webp");
        add("pictures", "image/avif", "avif");
        add("pictures", "image/svg+xml", "svg");
        add("documents", "application/pdf", "pdf");
        add("documents", "application/msword", "doc");
        add("documents", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
        add("documents", "application/vnd.oasis.opendocument.text", "odt");
        add("documents", "application/rtf", "rtf");
        add("documents", "text/plain; charset=utf-8", "txt");
        add("documents", "application/epub+zip", "epub");
        add("documents", "application/octet-stream", "brf");
        add("documents", "application/vnd.ms-powerpoint", "ppt");
        add("documents", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
        add("documents", "application/vnd.oasis.opendocument.presentation", "odp");
        add("spreadsheets and data", "application/vnd.ms-excel", "xls");
        add("spreadsheets and data", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        add("spreadsheets and data", "application/vnd.oasis.opendocument.spreadsheet", "ods");
        add("spreadsheets and data", "text/csv; charset=utf-8", "csv");
        add("audio", "audio/mpeg", "mp3");
        add("audio", "audio/mp4", "m4a");
        add("audio", "audio/ogg", "ogg", "oga");
        add("audio", "audio/wav", "wav");
        add("video", "video/mp4", "mp4", "m4v");
        add("video", "video/webm", "webm");
        add("video", "video/ogg", "ogv");
        add("captions", "text/vtt; charset=utf-8", "vtt");
        add("calendars", "text/calendar; charset=utf-8", "ics");
    }

    /** The type of a file by its name's ending, if the portal publishes that kind of file. */
    public static Optional<Type> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** "pictures (.png, .jpg...), documents (.pdf...)...": the list given to writers in the fix. */
    public static String described() {
        Map<String, List<String>> groups = BY_EXTENSION.values().stream().collect(Collectors.groupingBy(Type::group,
                LinkedHashMap::new, Collectors.mapping(t -> "." + t.extension(), Collectors.toList())));
        return groups.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * Whether a picture's first bytes agree with its name: a page renamed to .png would otherwise be published
     * under a picture's name. (A PDF that is not one is reported where a page names it, as a PDF that cannot
     * be opened; other kinds have no fixed signature.)
     *
     * @param head the file's first 1,024 bytes (or all of a shorter file)
     */
    public static boolean contentMatches(String extension, byte[] head) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "png" -> startsWith(head, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> startsWith(head, 0xFF, 0xD8, 0xFF);
            case "gif" -> startsWith(head, 'G', 'I', 'F', '8');
            case "webp" -> startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                    && head[10] == 'B' && head[11] == 'P';
            default -> true;
        };
    }

    /** Whether {@link #contentMatches} can check a kind of file, so its first bytes are worth reading at all. */
    public static boolean hasSignature(String extension) {
        return SIGNED.contains(extension.toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> SIGNED = java.util.Set.of("png", "jpg", "jpeg", "gif", "webp");

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
