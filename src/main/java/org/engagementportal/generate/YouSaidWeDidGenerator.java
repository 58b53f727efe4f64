package org.engagementportal.generate;

import java.util.Map;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.render.ChartView;
import org.engagementportal.render.YearView;
import org.engagementportal.render.YouSaidWeDidViews;
import org.engagementportal.site.YouSaidWeDid;
import org.engagementportal.source.Parallel;

/**
 * /you-said-we-did/, the list of financial years, and /you-said-we-did/2026-27/ for each year something closed in,
 * with its charts as SVG files beside it. A year's page shows every consultation and engagement record that closed in
 * it, and links to the open data, which has them all, so they are made again when what any page shows of itself
 * changes, and otherwise reused (a change to a page's text alone leaves them as they are).
 */
public final class YouSaidWeDidGenerator implements Generator {

    @Override
    public String name() {
        return "you said, we did pages";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        YouSaidWeDid report = ctx.site().youSaidWeDid();
        if (report.isEmpty()) {
            return;
        }
        String years = ctx.templates().templateFor("years");
        String yearly = ctx.templates().templateFor("year");
        // Every consultation and engagement record can be on a year's page, and the open data it links to has them
        // all: its key is made from every page's face. Unchanged, the pages and the charts named on them are reused.
        String key = ctx.keys().everyFace("you said, we did", java.util.List.of(years, yearly));
        Origin origin = out.defaultOrigin();
        java.util.Set<String> reused = new java.util.HashSet<>();
        java.util.List<String> pages = new java.util.ArrayList<>(java.util.List.of(YouSaidWeDid.ROOT + "index.html"));
        report.years().forEach(y -> pages.add(y.path() + "index.html"));
        boolean all = true;
        for (String page : pages) {
            if (ctx.reuse().reused(out, page, key, origin)) {
                reused.add(page);
            } else {
                all = false;
            }
        }
        if (all) {
            for (String chart : ctx.reuse().madeBefore(YouSaidWeDid.ROOT, key)) {
                if (chart.endsWith(".svg")) {
                    if (ctx.reuse().reused(out, chart, key, origin)) {
                        reused.add(chart);
                    } else {
                        all = false;
                    }
                }
            }
            if (all) {
                return;
            }
        }
        // The links to the open data say how big each file is, as every link to a file must.
        YouSaidWeDidViews views = new YouSaidWeDidViews(ctx.site(), ctx.layouts(), OpenDataGenerator.sizes(ctx));
        // The pages and charts made on the build's threads, the years' pages (every record of a year: the largest) first.
        java.util.List<Runnable> work = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, java.util.function.Supplier<byte[]>> write = (path, make) -> {
            if (!reused.contains(path)) {
                work.add(() -> ctx.reuse().write(out, path, key, origin, make));
            }
        };
        for (YouSaidWeDid.Year y : report.years()) {
            // Made while the page is (so the problems found in its text are kept with it); its charts come from
            // the same numbers, without the text.
            write.accept(y.path() + "index.html", () -> {
                YearView year = views.year(y, (page, said) -> ctx.markdown(page, said.markdown(), said.firstLine()));
                return ctx.page(yearly, y.path(), Map.of("report", year, "layout", year.layout()));
            });
        }
        write.accept(YouSaidWeDid.ROOT + "index.html", () -> {
            var list = views.years();
            return ctx.page(years, YouSaidWeDid.ROOT, Map.of("report", list, "layout", list.layout()));
        });
        for (YouSaidWeDid.Year y : report.years()) {
            work.add(() -> {
                for (ChartView chart : views.year(y, (page, said) -> "").charts()) {
                    String path = y.path() + chart.id() + ".svg";
                    if (!reused.contains(path)) {
                        ctx.reuse().write(out, path, key, origin, () -> SvgChart.write(chart));
                    }
                }
            });
        }
        Parallel.forEach(work, Runnable::run);
    }
}
