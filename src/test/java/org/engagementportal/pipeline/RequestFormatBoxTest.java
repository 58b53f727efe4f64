package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Get this page in another format" on every page offers every route the Accessible Information Statement gives (DESIGN:
 * email, phone, text relay, post): people who use neither email nor the phone were never told they could write.
 */
class RequestFormatBoxTest {
    @TempDir
    Path dir;

    private Document about(String statementPost) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site-" + statementPost.length()));
        Path statement = site.resolve("content/accessible-information.md");
        Files.writeString(statement, Files.readString(statement).replace("  text_relay: 18001 01632 960 101\n",
                "  text_relay: 18001 01632 960 101\n" + statementPost));
        Path out = dir.resolve("out-" + statementPost.length());
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        return Jsoup.parse(Files.readString(out.resolve("about/index.html")));
    }

    @Test
    void thePostalAddressOfTheStatementIsOfferedWithItsLines() throws IOException {
        Document page = about("  post: |\n    Accessible Information\n    NHS Testshire\n    1 High Street\n    Eastbrook NS1 4QT\n");
        var post = page.selectFirst(".portal-request .portal-address");
        assertEquals("Accessible Information\nNHS Testshire\n1 High Street\nEastbrook NS1 4QT", post.wholeText());
        assertEquals("Or write to us at:", post.parent().ownText().strip());
    }

    @Test
    void withoutOneThereIsNoPostalRoute() throws IOException {
        assertNull(about("").selectFirst(".portal-request .portal-address"));
    }

    /** Found in review: the phone number was plain text in the box on every page, so a reader on a phone could not tap it. */
    @Test
    void thePhoneNumberCallsWithATap() throws IOException {
        var call = about("").selectFirst(".portal-request a[href^=tel:]");
        assertEquals("tel:+441632960101", call.attr("href"));
        assertEquals("01632 960 101", call.text());
    }

    /**
     * Found in review: a Deaf reader who neither hears a call nor uses email had no way to text. The statement's mobile
     * number is offered in the box on every page and on the statement, each opening a new text message.
     */
    @Test
    void aMobileNumberToTextIsOfferedWithALinkThatOpensAMessage() throws IOException {
        Document page = about("  sms: 07700 900 123\n");
        var text = page.selectFirst(".portal-request a[href^=sms:]");
        assertEquals("sms:+447700900123", text.attr("href"));
        assertEquals("07700 900 123", text.text());
        assertTrue(page.select(".portal-request p").first().text().contains("call 01632 960 101 (text relay: 18001 01632 960 101), "
                + "or send a text message to 07700 900 123. Tell us"), page.select(".portal-request p").first().text());
    }

    @Test
    void aLandlineCannotBeTexted() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("landline"));
        Path statement = site.resolve("content/accessible-information.md");
        Files.writeString(statement, Files.readString(statement).replace("  text_relay: 18001 01632 960 101\n",
                "  text_relay: 18001 01632 960 101\n  sms: 01632 960 101\n"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/accessible-information.md:10:8: error: 'sms' must be a UK mobile number that can be "
                + "sent a text message, starting 07, like 07700 900 123, but it is \"01632 960 101\"."), run.all());
    }
}
