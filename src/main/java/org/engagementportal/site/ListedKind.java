package org.engagementportal.site;

import java.util.List;
import java.util.Optional;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Details;

/**
 * How a type of content is listed: the part of a type's definition the assemble stage uses (see
 * {@link ContentKind}). Its section's listings, its block on the home page, its feeds and its place in the
 * header are planned here from its published pages, given by a {@link Plan}.
 */
public interface ListedKind<D extends Details> extends ContentKind<D> {

    /**
     * The top-level folders of the site its listings are published in ("consultations", "meetings"), which a
     * committee's id may not take; none for ordinary pages.
     */
    List<String> sections();

    /** Its section's listings (its folder's list, a list per group), in order; none for ordinary pages. */
    List<Listing> listings(Plan plan);

    /** Its block on the home page ("Have your say now"), if it has one. */
    Optional<Listing.Section> home(Plan plan);

    /** Its feeds, each published beside the listing at the same address. */
    List<FeedPlan.Feed> feeds(Plan plan);

    /**
     * What the feed of each of a page's topics says of it: the page, dated when it is filed, unless its type announces
     * moments of the page in its own feed (a consultation's opening, closing soon and outcome), which the topic's
     * followers are told of as the type's are.
     */
    default List<FeedPlan.Entry> topicEntries(Plan plan, SitePage page) {
        return plan.entry(page).stream().toList();
    }

    /** Its section in the header navigation, if it has one. */
    Optional<Navigation> navigation(Vocabulary vocabulary);

    /**
     * A link in the header navigation. It is marked as the current section on its own address and below, and
     * on the addresses in {@code alsoUnder} (a committee's folder is in "Meetings").
     */
    record Navigation(String path, String label, List<String> alsoUnder) {
        public Navigation {
            alsoUnder = List.copyOf(alsoUnder);
        }

        public boolean covers(String page) {
            return page.startsWith(path) || alsoUnder.stream().anyMatch(page::startsWith);
        }
    }
}
