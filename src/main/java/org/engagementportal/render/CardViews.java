package org.engagementportal.render;

import java.util.List;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Details;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/** Turns pages into the cards of listings: title, summary, and the few facts that matter, as each type says. */
public final class CardViews {
    private final Site site;
    private final SiteConfig config;
    private final Views views;

    public CardViews(Site site, DocumentViews documents) {
        this.site = site;
        this.config = site.config();
        this.views = new Views(site, documents, (text, line) -> {
            throw new IllegalStateException("a card has no text of its own");
        }, "");
    }

    public List<CardView> cards(List<SitePage> pages) {
        return pages.stream().map(this::card).toList();
    }

    public CardView card(SitePage page) {
        ShownKind.Card card = card(PageViews.shown(page), page);
        return new CardView(config.link(page.path()), page.title(), page.document().meta().summary(), card.facts(), card.tag());
    }

    private <D extends Details> ShownKind.Card card(ShownKind<D> kind, SitePage page) {
        return kind.card(kind.details().cast(page.document().details()), page, views);
    }
}
