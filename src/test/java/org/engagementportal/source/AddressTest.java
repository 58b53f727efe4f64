package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one address policy, read as a browser reads an address. */
class AddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.nhs.uk/                    | WEB",
            "HTTP://EXAMPLE.ORG                     | WEB",
            "mailto:engage@testshire.example        | EMAIL",
            "MailTo:engage@testshire.example        | EMAIL",
            "tel:01632960123                        | PHONE",
            "/consultations/dental/                 | SITE",
            "dental-plan.pdf                        | SITE",
            "../events/drop-in.md                   | SITE",
            "#how-to-respond                        | SITE",
            "?page=2                                | SITE",
            "2026:report.pdf                        | SITE",
    })
    void allowsWebEmailPhoneAndSiteAddresses(String address, Address.Kind kind) {
        Address.Allowed allowed = assertInstanceOf(Address.Allowed.class, Address.check(address));
        assertEquals(kind, allowed.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "  javascript:alert(1)",
            "\u0000\u0001 javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\r\nscript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "jav&#x09;ascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:image/png;base64,AAAA",
            "file:///etc/passwd",
            "ftp://example.org/file",
            "chrome://settings",
            "x-unknown:thing",
    })
    void refusesEveryOtherSchemeHoweverItIsDisguised(String address) {
        Address.Refused refused = assertInstanceOf(Address.Refused.class, Address.check(address), address);
        assertTrue(!refused.message().isBlank() && !refused.fix().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "\\\\evil.example\\x", "/\\evil.example", "\\/evil.example", " //evil.example"})
    void refusesAnotherWebsiteWrittenWithoutItsScheme(String address) {
        Address.Refused refused = assertInstanceOf(Address.Refused.class, Address.check(address));
        assertTrue(refused.fix().contains("https://"), refused.fix());
    }

    @Test
    void aWindowsPathIsExplainedAsAFileOnSomeonesComputer() {
        Address.Refused refused = assertInstanceOf(Address.Refused.class, Address.check("C:\\Users\\jo\\plan.docx"));
        assertTrue(refused.message().contains("your computer"), refused.message());
    }

    @Test
    void theMessageNamesTheSchemeAsTheBrowserWouldReadIt() {
        Address.Refused refused = assertInstanceOf(Address.Refused.class, Address.check("Java\tScript:alert(1)"));
        assertEquals("javascript", refused.scheme());
        assertTrue(refused.message().contains("'javascript:'"), refused.message());
    }

    @Test
    void normalisingTrimsControlsAndRemovesTabsAndLineBreaksOnly() {
        assertEquals("javascript:x", Address.normalise("\u0001 java\tscr\nipt:x \u0000"));
        assertEquals("/a b/", Address.normalise("/a b/"));
        assertEquals("/a&b/", Address.normalise("/a&amp;b/"));
    }
}
