package org.engagementportal.generate;

import java.util.Map;
import org.engagementportal.publish.Output;
import org.engagementportal.render.ChartView;
import org.engagementportal.render.YearView;
import org.engagementportal.render.YouSaidWeDidViews;
import org.engagementportal.site.YouSaidWeDid;

/**
 * /you-said-we-did/, the list of financial years, and /you-said-we-did/2026-27/ for each year something closed in,
 * with its charts as SVG files beside it. Made on every build: a year's page shows every consultation and engagement
 * record that closed in it, so almost any change to one of them changes it.
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
        // The links to the open data say how big each file is, as every link to a file must.
        YouSaidWeDidViews views = new YouSaidWeDidViews(ctx.site(), ctx.layouts(), new YouSaidWeDidViews.Sizes(
                OpenDataGenerator.csv(ctx.site()).length, OpenDataGenerator.json(ctx.site()).length,
                OpenDataGenerator.schema(ctx.site()).length));
        var years = views.years();
        out.write(YouSaidWeDid.ROOT + "index.html", ctx.page(ctx.templates().templateFor("years"), YouSaidWeDid.ROOT,
                Map.of("report", years, "layout", years.layout())));
        for (YouSaidWeDid.Year y : report.years()) {
            YearView year = views.year(y, (page, said) -> ctx.markdown(page, said.markdown(), said.firstLine()));
            out.write(y.path() + "index.html", ctx.page(ctx.templates().templateFor("year"), y.path(),
                    Map.of("report", year, "layout", year.layout())));
            for (ChartView chart : year.charts()) {
                out.write(y.path() + chart.id() + ".svg", SvgChart.write(chart));
            }
        }
    }
}
