package org.engagementportal.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagementportal.publish.Output;

/**
 * Static files: the bundled stylesheet (under its fingerprinted name) and icons, the site's own
 * {@code assets/} (its pictures and logos, which replace bundled files of the same name; Sass sources are
 * not published), and every non-Markdown file under {@code content/} at its own address.
 */
public final class AssetGenerator implements Generator {

    @Override
    public String name() {
        return "assets and attachments";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        BundledAssets bundle = ctx.assets();
        List<String> own = siteAssets(ctx.siteRoot().resolve("assets"));
        bundle.files().forEach((rel, bytes) -> {
            String path = rel.equals(BundledAssets.STYLESHEET) ? bundle.cssPath() : "/assets/" + rel;
            if (!own.contains(rel) || rel.equals(BundledAssets.STYLESHEET)) {
                out.write(path, bytes);
            }
        });
        for (String rel : own) {
            if (!rel.equals(BundledAssets.STYLESHEET)) {
                out.copy("/assets/" + rel, ctx.siteRoot().resolve("assets").resolve(rel));
            }
        }
        Path content = ctx.siteRoot().resolve("content");
        ctx.site().staticFiles().parallelStream().forEach(path -> out.copy(path, content.resolve(path.substring(1))));
    }

    /** The site's asset files as paths under assets/, without Sass sources and hidden files. */
    static List<String> siteAssets(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith("scss/") && !rel.endsWith(".scss") && !rel.startsWith(".")
                            && !rel.contains("/."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
