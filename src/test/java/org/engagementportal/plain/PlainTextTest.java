package org.engagementportal.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words a reader reads, taken from flexmark's parse of the text, the one the page is rendered from. */
class PlainTextTest {

    private static List<String> sentences(String markdown) {
        return PlainText.of(markdown, 1).sentenceTexts();
    }

    @Test
    void listItemsAreSentencesOfTheirOwnWithoutTheirMarkers() {
        assertEquals(List.of("We will:", "talk to patients", "read what you send us", "2026 is the year."),
                sentences("We will:\n\n- talk to patients\n* read what you send us\n\n1. 2026 is the year.\n"));
        assertEquals(List.of("First point", "Second point, which goes on over a second line"),
                sentences("1) First point\n2) Second point,\n   which goes on over a second line\n"));
    }

    @Test
    void linksKeepTheirWordsAndAddressesGo() {
        assertEquals(List.of("See our plan and the old one for more."),
                sentences("See [our plan](/plan/ \"The plan\") and [the old one][old] for more.\n\n[old]: /old-plan/\n"));
        assertEquals(List.of("Visit or email us."), sentences("Visit https://www.example.org/plan or email team@example.org us.\n"));
        assertEquals(List.of("A [bracket] that is not a link."), sentences("A [bracket] that is not a link.\n"));
    }

    @Test
    void emphasisMarksGoButTheWordsStay() {
        assertEquals(List.of("Very important and strong, not snake_case or 2*3*4."),
                sentences("*Very* __important__ and **strong**, not snake_case or 2\\*3\\*4.\n"));
        assertEquals(List.of("Health & care \u2013 \"quoted\" words..."), sentences("Health &amp; care &ndash; \"quoted\" words...\n"));
    }

    @Test
    void codeIsNotProse() {
        assertEquals(List.of("Run the command to build.", "Then wait."),
                sentences("Run the `portal build --out site` command to build.\n\n```\nportal build\n```\n\n    indented code\n\nThen wait.\n"));
    }

    @Test
    void htmlTagsAndNotesGoButTheWordsTheyShowStay() {
        assertEquals(List.of("Bold words and a break here.", "A block of HTML with words."),
                sentences("<b>Bold</b> words<!-- not shown --> and a break<br>here.\n\n<div>\n<p>A block of HTML with words.</p>\n</div>\n\n"
                        + "<!--\nA note on\nseveral lines.\n-->\n"));
    }

    @Test
    void headingsTableCellsAndCaptionsEndSentences() {
        PlainText.Text t = PlainText.of("""
                Opening times
                -------------
                | Clinic | Days open |
                |---|---:|
                | Eastbrook | weekdays only |
                [When our clinics are open]
                """, 20);
        assertEquals(List.of("Opening times", "When our clinics are open", "Clinic", "Days open", "Eastbrook", "weekdays only"),
                t.sentenceTexts());
        assertEquals(List.of(20, 25, 22, 22, 24, 24), t.sentences().stream().map(PlainText.Sentence::line).toList());
    }

    @Test
    void picturesAreKeptApartWithTheirDescriptions() {
        PlainText.Text t = PlainText.of("![A *nurse* with a patient](nurse.svg) Talk to us.\n\n![][logo]\n\n[logo]: /pictures/logo.svg\n", 5);
        assertEquals(List.of("Talk to us."), t.sentenceTexts());
        assertEquals(List.of(new PlainText.Picture("A nurse with a patient", "nurse.svg", 5), new PlainText.Picture("", "/pictures/logo.svg", 7)),
                t.pictures());
    }

    @Test
    void abbreviationsTheTextExplainsAreListedAndTheirDefinitionsAreNotProse() {
        PlainText.Text t = PlainText.of("The ICB and the CQC.\n\n*[ICB]: Integrated Care Board\n*[CQC]: Care Quality Commission\n"
                + "\n```\n*[NOT]: in code\n```\n", 1);
        assertEquals(List.of("The ICB and the CQC."), t.sentenceTexts());
        assertEquals(Set.of("ICB", "CQC"), t.defined());
    }

    @Test
    void sentencesStartOnTheLineOfTheirFirstWord() {
        PlainText.Text t = PlainText.of("> A quote that\n> ends here. And a\n> second one.\n", 3);
        assertEquals(List.of("A quote that ends here.", "And a second one."), t.sentenceTexts());
        assertEquals(List.of(3, 4), t.sentences().stream().map(PlainText.Sentence::line).toList());
    }

    /**
     * A passage in Urdu (or Arabic, Bengali, Hindi) ends its sentences with its own marks, and its letters have no
     * capitals: six short sentences are six, not one of 28 words that easy read refuses.
     */
    @Test
    void sentencesInScriptsWithoutCapitalsEndAtTheirOwnMarks() {
        assertEquals(List.of("یہ صفحہ اردو میں بھی ہے۔", "ہمیں فون کریں۔", "کیا آپ کو مدد چاہیے؟", "شکریہ۔"),
                sentences("یہ صفحہ اردو میں بھی ہے۔ ہمیں فون کریں۔ کیا آپ کو مدد چاہیے؟ شکریہ۔"));
        assertEquals(List.of("আমাদের ফোন করুন।", "আমরা সাহায্য করব।"), sentences("আমাদের ফোন করুন। আমরা সাহায্য করব।"));
        assertEquals(List.of("Call us on 0300 123. then press 2."), sentences("Call us on 0300 123. then press 2."),
                "a small letter after a full stop still does not start a sentence");
    }
}
