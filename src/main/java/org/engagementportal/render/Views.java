package org.engagementportal.render;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Venue;
import org.engagementportal.site.ConsultationStatus;
import org.engagementportal.site.Site;

/**
 * What a type needs to build its view and card ({@link ShownKind}): the site, links made the site's way,
 * attachments described, and for a page's view its text and a way to turn more Markdown into HTML.
 */
public final class Views {
    /** Turns a piece of Markdown (a consultation's feedback, say) into HTML for the current page. */
    public interface MarkdownPart {
        String html(String markdown, int firstLine);
    }

    private final Site site;
    private final SiteConfig config;
    private final DocumentViews documents;
    private final MarkdownPart markdown;
    private final String body;

    Views(Site site, DocumentViews documents, MarkdownPart markdown, String body) {
        this.site = site;
        this.config = site.config();
        this.documents = documents;
        this.markdown = markdown;
        this.body = body;
    }

    public Site site() {
        return site;
    }

    public SiteConfig config() {
        return config;
    }

    /** A link to a site path, with the site's base path. */
    public Link link(String path, String text) {
        return Link.of(config.link(path), text);
    }

    /** Links to the listing of each term ({@code root} "/topics/"), by the terms' names. */
    public List<Link> terms(String root, List<Term> vocabulary, List<String> ids) {
        return ids.stream().map(id -> Vocabulary.find(vocabulary, id)
                        .map(t -> link(root + id + "/", t.name())).orElseThrow())
                .toList();
    }

    /** The names of terms by their ids ({@code groups.yml}'s), in the order given. */
    public List<String> names(List<Term> vocabulary, List<String> ids) {
        return ids.stream().map(id -> Vocabulary.find(vocabulary, id).map(Term::name).orElseThrow()).toList();
    }

    /** An attachment's link facts; {@code published} is the date quoted in a request for another format. */
    public DocumentView describe(Attachment a, String published) {
        return documents.describe(a, published);
    }

    /** The page's own text as HTML (empty on a card). */
    public String body() {
        return body;
    }

    /** More Markdown of the page (a consultation's feedback) as HTML. */
    public String markdown(String text, int firstLine) {
        return markdown.html(text, firstLine);
    }

    public static VenueView venue(Optional<Venue> v) {
        return venue(v, v);
    }

    /** A version's venue ({@code v}) beside its page's, whose words it may have kept (see {@link VenueView}). */
    public static VenueView venue(Optional<Venue> v, Optional<Venue> page) {
        return v.map(x -> new VenueView(x.name(), x.address().orElse(null), x.access().orElse(null),
                page.map(Venue::name).filter(x.name()::equals).isPresent(),
                x.access().isPresent() && page.flatMap(Venue::access).equals(x.access()))).orElse(null);
    }

    /** A UK phone number as a tel: address: "0300 123 4567" is "tel:+443001234567". */
    public static String telHref(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("0") ? "+44" + digits.substring(1) : digits);
    }

    /** A UK mobile number as an sms: address, which opens a new text message to it: "07700 900 123" is "sms:+447700900123". */
    public static String smsHref(String mobile) {
        return "sms:" + telHref(mobile).substring("tel:".length());
    }

    public static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
    }

    /**
     * A name from a list (a topic) inside a sentence: its first letter in lower case only when its second is too, so
     * "Mental health" reads "mental health" but "GP and primary care" and "NHS dentistry" keep their capitals.
     */
    public static String inSentence(String name) {
        if (name.length() < 2 || !Character.isLowerCase(name.codePointAt(name.offsetByCodePoints(0, 1)))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1);
    }

    /** A consultation's status as a tag. */
    public static TagView tag(ConsultationStatus s) {
        return new TagView(s.label(), s.colour());
    }

    /**
     * A cancelled meeting or event as its page says it: the day, the reason, and the page of the one held instead (when
     * the file names one) with when it starts.
     */
    public CancelledView cancelled(org.engagementportal.content.Cancellation c, java.util.Optional<org.engagementportal.site.SitePage> instead,
                                   java.util.function.Function<org.engagementportal.site.SitePage, java.time.ZonedDateTime> starts) {
        return new CancelledView(Dates.day(c.on()), c.reason().orElse(null), instead.map(p -> link(p.path(), p.title())).orElse(null),
                instead.map(p -> Dates.dateTime(starts.apply(p))).orElse(null),
                instead.filter(p -> !site.now().isBefore(starts.apply(p))).isPresent());
    }

    /** "closes today", "1 day left", "12 days left", counted in calendar days to {@code closes}. */
    public String daysLeft(java.time.ZonedDateTime closes) {
        long days = ChronoUnit.DAYS.between(site.now().toLocalDate(), Dates.dayOf(closes)); // midnight: the day before's
        if (days <= 0) {
            return "closes today";
        }
        return Plural.of(days, "day", "days") + " left";
    }

    /** "1 working day", "10 working days": how soon a request for another format is answered. */
    public static String workingDays(int days) {
        return Plural.of(days, "working day", "working days");
    }

    /** Where something happens, for a card: "Kingsmere Library", "Kingsmere Library and online", "Online". */
    public static String where(Venue venue, boolean online) {
        if (venue != null) {
            return online ? venue.name() + " and online" : venue.name();
        }
        return online ? "Online" : "";
    }
}
