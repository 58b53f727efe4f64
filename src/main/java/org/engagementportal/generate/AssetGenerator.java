package org.engagementportal.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.engagementportal.attachments.FileTypes;
import org.engagementportal.attachments.SafeSvg;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.source.Position;

/**
 * Static files: the bundled stylesheet (under its fingerprinted name) and icons, the site's own
 * {@code assets/} (its pictures, logos and fonts, which replace bundled files of the same name; Sass sources
 * are not published), and every non-Markdown file under {@code content/} at its own address. SVG pictures
 * from either folder are published in their safe form ({@link SafeSvg}).
 */
public final class AssetGenerator implements Generator {
    /** What a site's assets/ may hold besides the files content/ may: its styles and fonts (never script). */
    private static final Set<String> DESIGN_FILES = Set.of("css", "woff", "woff2", "ico", "webmanifest");

    @Override
    public String name() {
        return "stylesheet and icons";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        BundledAssets bundle = ctx.assets();
        Path assets = ctx.siteRoot().resolve("assets");
        List<String> own = siteAssets(assets);
        bundle.files().forEach((rel, bytes) -> {
            String path = rel.equals(BundledAssets.STYLESHEET) ? bundle.cssPath()
                    : rel.equals(BundledAssets.SCRIPT) ? bundle.scriptPath() : "/assets/" + rel;
            if (!own.contains(rel) || rel.equals(BundledAssets.STYLESHEET) || rel.equals(BundledAssets.SCRIPT)) {
                out.write(path, bytes);
            }
        });
        for (String rel : own) {
            String file = "assets/" + rel;
            // The portal's own stylesheet and script, which its own folder holds: what portal.jar bundles is published.
            if (rel.equals(BundledAssets.STYLESHEET) || rel.equals(BundledAssets.SCRIPT)) {
                continue;
            }
            if (!isDesignFile(rel)) {
                ctx.problems().error(Position.file(file), "this kind of file is not published from the site's assets folder: "
                                + "it holds the site's pictures, styles and fonts, and nothing that can run on a page.",
                        "Remove it. The portal's pages need no JavaScript.");
                continue;
            }
            publish(ctx, out, "/assets/" + rel, assets.resolve(rel), Origin.content(file, Position.file(file)));
        }
        Path content = ctx.siteRoot().resolve("content");
        ctx.site().staticFiles().parallelStream().forEach(path -> {
            String file = "content" + path;
            publish(ctx, out, path, content.resolve(path.substring(1)), Origin.content(file, Position.file(file)));
        });
    }

    /** Copies a file, or for an SVG picture writes its safe form. */
    private static void publish(BuildContext ctx, Output out, String sitePath, Path source, Origin origin) {
        if (!sitePath.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            out.copy(sitePath, source, origin);
            return;
        }
        SafeSvg.clean(source, origin.what(), ctx.problems()).ifPresent(safe -> out.write(sitePath, safe, origin));
    }

    private static boolean isDesignFile(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return FileTypes.of(name).isPresent() || dot > 0 && DESIGN_FILES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The site's asset files as paths under assets/, without Sass sources and hidden files. */
    static List<String> siteAssets(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            // Links are not followed: a link in assets/ could publish any file on the machine that builds the site.
            return walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith("scss/") && !rel.endsWith(".scss") && !rel.startsWith(".")
                            && !rel.contains("/."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
