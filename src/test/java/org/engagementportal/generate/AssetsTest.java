package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stylesheet under its fingerprinted name, the bundled icons, the site's own assets and the files beside content. */
class AssetsTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String PAGES = """
            -- content/index.md --
            ---
            title: Have your say
            summary: Share your views on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            ![Our team at the Eastbrook drop-in](/pictures/team.png)
            """;

    static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private TextSite site(String extra) {
        TextSite site = TextSite.write(dir.resolve("site"), PAGES + extra);
        TestSite.writeBytes(site.root().resolve("content/pictures/team.png"), png(0x005eb8));
        return site;
    }

    @Test
    void theStylesheetsNameCarriesTheHashOfItsBytesAndEveryPageLinksIt() throws Exception {
        TextSite.Built built = site("").build(dir.resolve("out"), NOW).succeeded();
        String href = built.page("/").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/assets/portal\\.[0-9a-f]{10}\\.css"), href);
        byte[] css = Files.readAllBytes(built.out().resolve(href.substring(1)));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css));
        assertEquals("/assets/portal." + hash.substring(0, 10) + ".css", href, "a new stylesheet is a new address, so it can be cached for ever");
        assertEquals(href, built.page("/about/").selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(href, built.page("/404.html").selectFirst("link[rel=stylesheet]").attr("href"));
        built.absent("/assets/portal.css");
        try (Stream<Path> files = Files.list(built.out().resolve("assets"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".css")).count(), "one stylesheet");
        }
        built.exists("/assets/images/favicon.ico", "/assets/images/favicon.svg");
        assertEquals("/assets/images/favicon.ico", built.page("/").selectFirst("link[rel=icon][sizes=48x48]").attr("href"));
    }

    @Test
    void theSitesOwnAssetsArePublishedAndReplaceBundledFilesOfTheSameName() throws IOException {
        TextSite site = site("""
                -- assets/fonts/frutiger.woff2 --
                wOF2 font data
                -- assets/scss/_colours.scss --
                $blue: #005eb8;
                -- assets/theme.scss --
                @import "colours";
                -- assets/.DS_Store --
                junk
                """);
        byte[] logo = png(0x330072);
        byte[] icon = "our own icon".getBytes();
        TestSite.writeBytes(site.root().resolve("assets/images/logo.png"), logo);
        TestSite.writeBytes(site.root().resolve("assets/images/favicon.ico"), icon);
        TextSite.Built built = site.build(dir.resolve("out"), NOW).succeeded();
        assertArrayEquals(logo, Files.readAllBytes(built.out().resolve("assets/images/logo.png")));
        assertArrayEquals(icon, Files.readAllBytes(built.out().resolve("assets/images/favicon.ico")), "the site's icon wins");
        built.exists("/assets/fonts/frutiger.woff2", "/assets/images/favicon.svg")
                .absent("/assets/scss/_colours.scss", "/assets/theme.scss", "/assets/.DS_Store");
    }

    @Test
    void filesBesideContentArePublishedAtTheirOwnAddressesUnchanged() throws IOException {
        TextSite.Built built = site("""
                -- content/consultations/clinic-survey.csv --
                question,answers
                Where,120
                """).build(dir.resolve("out"), NOW).succeeded();
        assertArrayEquals(png(0x005eb8), Files.readAllBytes(built.out().resolve("pictures/team.png")));
        assertEquals("question,answers\nWhere,120\n", built.file("/consultations/clinic-survey.csv").text());
        assertEquals("/pictures/team.png", built.page("/about/").selectFirst("main img").attr("src"));
    }

    @Test
    void aScriptInTheAssetsFolderIsAnErrorAndNothingIsPublished() {
        site("""
                -- assets/js/menu.js --
                document.querySelector('nav').hidden = true;
                """).build(dir.resolve("out"), NOW).failedWith(
                "assets/js/menu.js: error: this kind of file is not published from the site's assets folder",
                "The portal's pages need no JavaScript");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anSvgInTheAssetsFolderIsPublishedInItsSafeForm() {
        TextSite.Built built = site("""
                -- assets/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#005eb8"/></svg>
                """).build(dir.resolve("out"), NOW).succeeded();
        String svg = built.file("/assets/images/logo.svg").contains("<rect").text();
        for (String bad : List.of("onload", "<script", "alert")) {
            assertFalse(svg.contains(bad), bad + " in " + svg);
        }
    }
}
