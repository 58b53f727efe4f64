package org.engagementportal.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The front matter every content file has.
 *
 * @param summary     one or two sentences, used in listings, feeds and the meta description
 * @param topics      ids from {@code topics.yml}
 * @param areas       ids from {@code areas.yml}
 * @param aliases     old site paths ("/old/dental/") that redirect here
 * @param updated     when the content last changed in substance
 * @param reviewed    when the owner last checked it was still right
 * @param reviewEvery how often it must be checked again
 */
public record Meta(String title, String summary, List<String> topics, List<String> areas, boolean draft,
                   List<String> aliases, Optional<String> owner, Optional<LocalDate> updated,
                   Optional<LocalDate> reviewed, Optional<Period> reviewEvery) {

    public Meta {
        topics = List.copyOf(topics);
        areas = List.copyOf(areas);
        aliases = List.copyOf(aliases);
    }

    /** The fields every type has, in the order messages list them. */
    public static final List<String> FIELDS = List.of("title", "summary", "type", "topics", "areas", "draft",
            "aliases", "owner", "updated", "reviewed", "review_every");
}
