package org.engagementportal.markdown;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** For tests that are not about links: every link points where it is written, and the site has one page, /about/. */
public final class LinksAsWritten implements SiteLinks {
    public static final SiteLinks LINKS = new LinksAsWritten(() -> { });

    private final Runnable onResolve;

    private LinksAsWritten(Runnable onResolve) {
        this.onResolve = onResolve;
    }

    /** The same links, running {@code onResolve} each time one is resolved: to look at what holds while a page renders. */
    public static SiteLinks calling(Runnable onResolve) {
        return new LinksAsWritten(onResolve);
    }

    @Override
    public Optional<String> resolve(String folder, String target) {
        onResolve.run();
        return Optional.of(target);
    }

    @Override
    public Collection<String> paths() {
        return List.of("/about/");
    }

    @Override
    public String href(String sitePath) {
        return sitePath;
    }
}
