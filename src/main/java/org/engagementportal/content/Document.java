package org.engagementportal.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.source.Position;

/**
 * One content file, read and validated: immutable, typed, and able to say where each of its fields was
 * written. What its type means (its dates, its moments) is asked of its {@link ContentKind}, here in one place.
 *
 * @param source    the file's path from the site folder, "content/consultations/dental.md"
 * @param path      the path under {@code content/} without the variant and extension: "consultations/dental"
 *                  (a folder's {@code index.md} is the folder, "consultations")
 * @param kind      its type, whose record {@code details} is
 * @param positions where each field was written, by path ("closes", "respond.email", "agenda.2.paper")
 */
public record Document(String source, String path, ContentKind<?> kind, Variant variant, Meta meta, Details details,
                       Body body, Map<String, Position> positions) {

    public Document {
        positions = org.engagementportal.source.Positions.of(positions);
        if (!kind.details().isInstance(details)) {
            throw new IllegalArgumentException(kind.id() + " with the details of another type: " + details);
        }
    }

    /**
     * Its own fields (file, type, variant, front matter and type-specific fields) as bytes that are equal only when the
     * fields are, for digests of what a page shows of itself; empty when some value cannot be written so.
     */
    public java.util.Optional<byte[]> fieldBytes() {
        return java.util.Optional.ofNullable(DocumentCodec.fields(this));
    }

    /** Where a field was written, or the start of the file when it was not. */
    public Position at(String field) {
        Position p = positions.get(field);
        return p != null ? p : new Position(source, 1, 1);
    }

    /** Where one of its old addresses is written ({@code aliases}), or the field when that is not known. */
    public Position atAlias(String alias) {
        Position p = positions.get("aliases." + alias);
        return p != null ? p : at("aliases");
    }

    /** The folder of its file under content/, which links in its text are relative to: "content/consultations/dental.md" is in "consultations". */
    public String folder() {
        String rel = source.substring(source.indexOf('/') + 1);
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    /** True for a folder's {@code index.md}, which introduces the folder's listing. */
    public boolean isIndex() {
        if (source.endsWith("/index.md")) {
            return true;
        }
        // A variant of one, "content/about/index.easy-read.md": asked for every page, so no regular expression.
        int slash = source.lastIndexOf('/');
        String name = source.substring(slash + 1);
        return slash >= 0 && name.startsWith("index.") && name.endsWith(".md") && name.length() > "index..md".length();
    }

    public <T extends Details> T detailsAs(Class<T> type) {
        return type.cast(details);
    }

    /** Whether it is of the type whose record is {@code type}. */
    public boolean is(Class<? extends Details> type) {
        return kind.details() == type;
    }

    /** The moment it is filed and listed under: its type's own date, or else its 'updated' or 'reviewed' day. */
    public Optional<ZonedDateTime> filedOn(ZoneId zone) {
        return ask(kind).filedOn(zone).or(() -> lastChecked().map(day -> day.atStartOfDay(zone)));
    }

    /** The date quoted as its publication date: 'updated', else its type's own day, else 'reviewed'. */
    public Optional<LocalDate> published() {
        return meta.updated().or(() -> ask(kind).publishedOn()).or(meta::reviewed);
    }

    /**
     * The day it last changed, for search engines: 'updated', else 'reviewed', else its type's own day unless
     * the clock changes the page after it (a consultation's page changes when it closes, so its opening day is
     * not when it last changed).
     */
    public Optional<LocalDate> lastChanged(SiteConfig config, ZoneId zone) {
        return lastChecked().or(() -> moments(config, zone).isEmpty() ? ask(kind).publishedOn() : Optional.empty());
    }

    /** Its 'updated' date, or 'reviewed' when it has none. */
    public Optional<LocalDate> lastChecked() {
        return meta.updated().or(meta::reviewed);
    }

    public List<ContentKind.Moment> moments(SiteConfig config, ZoneId zone) {
        return ask(kind).moments(config, zone);
    }

    /** The times besides its moments at which reading its file gives other problems ({@link ContentKind#readingChanges}). */
    public List<ZonedDateTime> readingChanges(SiteConfig config) {
        return ask(kind).readingChanges(config);
    }

    public List<Attachment> attachments() {
        return ask(kind).attachments();
    }

    /** Whether it is called off ({@link ContentKind#cancellation}). */
    public Optional<Cancellation> cancellation() {
        return ask(kind).cancellation();
    }

    /** Until when its page asks readers for their views or details ({@link ContentKind#asksUntil}). */
    public Optional<ZonedDateTime> asksUntil() {
        return ask(kind).asksUntil();
    }

    /** Its summary, when it has one, and its type's {@link ContentKind#passages}: the writing besides its text. */
    public List<ContentKind.Passage> passages() {
        List<ContentKind.Passage> out = new java.util.ArrayList<>();
        if (!meta.summary().isEmpty()) {
            out.add(new ContentKind.Passage("summary", meta.summary(), at("summary").line()));
        }
        out.addAll(ask(kind).passages());
        return out;
    }

    public List<ContentKind.Reference> references() {
        return ask(kind).references();
    }

    public Optional<String> sequence() {
        return ask(kind).sequence();
    }

    public Optional<EngagementRow> evidence() {
        return ask(kind).evidence();
    }

    private <D extends Details> Asked<D> ask(ContentKind<D> k) {
        return new Asked<>(k, k.details().cast(details));
    }

    /** A type's questions about this document's own record, typed. */
    private record Asked<D extends Details>(ContentKind<D> kind, D d) {
        Optional<ZonedDateTime> filedOn(ZoneId zone) {
            return kind.filedOn(d, zone);
        }

        Optional<LocalDate> publishedOn() {
            return kind.publishedOn(d);
        }

        List<ContentKind.Moment> moments(SiteConfig config, ZoneId zone) {
            return kind.moments(d, config, zone);
        }

        List<ZonedDateTime> readingChanges(SiteConfig config) {
            return kind.readingChanges(d, config);
        }

        List<Attachment> attachments() {
            return kind.attachments(d);
        }

        List<ContentKind.Passage> passages() {
            return kind.passages(d);
        }

        Optional<Cancellation> cancellation() {
            return kind.cancellation(d);
        }

        Optional<ZonedDateTime> asksUntil() {
            return kind.asksUntil(d);
        }

        List<ContentKind.Reference> references() {
            return kind.references(d);
        }

        Optional<String> sequence() {
            return kind.sequence(d);
        }

        Optional<EngagementRow> evidence() {
            return kind.evidence(d);
        }
    }
}
