package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.config.DataLoader;
import org.engagementportal.site.Site;
import org.engagementportal.site.SiteAssembler;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentTypes;
import org.junit.jupiter.api.Test;

/**
 * The open data's three files are made once in a build: the "you said, we did" pages ask for them first (their links
 * say how big each file is) and the open data generator writes the same bytes, which at 100,000 pages are tens of
 * megabytes made in seconds.
 */
class OpenDataFilesTest {
    @Test
    void theFilesAreMadeOnceABuildForEveryGeneratorThatAsks() {
        Problems problems = new Problems();
        ZonedDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW).atZone(ZoneId.of("Europe/London"));
        SiteData data = new DataLoader(TestSite.PROJECT, problems, Pipeline.sections(ContentTypes.ALL)).load();
        Site site = new SiteAssembler(data, now, problems, ContentTypes.ALL)
                .assemble(new ContentLoader(TestSite.PROJECT, data, now, problems, ContentTypes.ALL).load());
        // Only the site and the work shared between generators are used.
        BuildContext ctx = new BuildContext(site, TestSite.PROJECT, null, null, null, null, null, null, null, null, null, problems,
                false, null, null, null, new ConcurrentHashMap<>());

        OpenDataGenerator.Files first = OpenDataGenerator.files(ctx);
        assertSame(first, OpenDataGenerator.files(ctx), "the second generator to ask is given the files the first made");
        assertArrayEquals(OpenDataGenerator.csv(site), first.csv());
        assertArrayEquals(OpenDataGenerator.json(site), first.json());
        assertArrayEquals(OpenDataGenerator.schema(site), first.schema());
        assertTrue(first.csv().length > 1000 && first.json().length > first.csv().length, "the example's records are in them");
    }
}
