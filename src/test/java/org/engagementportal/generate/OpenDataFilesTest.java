package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.render.YouSaidWeDidViews;
import org.engagementportal.site.Site;
import org.engagementportal.site.SiteAssembler;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentTypes;
import org.junit.jupiter.api.Test;

/**
 * The sizes the "you said, we did" pages show for the open data files: left by the open data generator, which comes
 * before them, when it made the files, so they are not made a second time just to be measured (at 100,000 pages
 * tens of megabytes); made to be measured when it took them from the last build.
 */
class OpenDataFilesTest {
    @Test
    void theSizesAreTheFilesLeftByTheOpenDataOrMadeToBeMeasured() {
        Problems problems = new Problems();
        ZonedDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW).atZone(ZoneId.of("Europe/London"));
        SiteData data = new DataLoader(TestSite.PROJECT, problems, Pipeline.sections(ContentTypes.ALL)).load();
        Site site = new SiteAssembler(data, now, problems, ContentTypes.ALL)
                .assemble(new ContentLoader(TestSite.PROJECT, data, now, problems, ContentTypes.ALL).load());
        // Only the site and the work generators leave for each other are used.
        BuildContext ctx = new BuildContext(site, TestSite.PROJECT, null, null, null, null, null, null, null, null, null, problems,
                false, null, null, null, new ConcurrentHashMap<>());

        YouSaidWeDidViews.Sizes measured = OpenDataGenerator.sizes(ctx);
        assertEquals(new YouSaidWeDidViews.Sizes(OpenDataGenerator.csv(site).length, OpenDataGenerator.json(site).length,
                OpenDataGenerator.schema(site).length), measured);
        assertTrue(measured.csv() > 1000 && measured.json() > measured.csv(), "the example's records are in them: " + measured);

        YouSaidWeDidViews.Sizes left = new YouSaidWeDidViews.Sizes(1, 2, 3);
        var task = java.util.concurrent.ForkJoinTask.adapt(() -> left);
        task.invoke();
        ctx.started().put(OpenDataGenerator.SIZES, task);
        assertEquals(left, OpenDataGenerator.sizes(ctx), "what the open data generator left is taken, not made again");
        assertTrue(ctx.started().isEmpty(), "and not held after");
    }
}
