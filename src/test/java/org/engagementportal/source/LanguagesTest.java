package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void aLanguageCodeIsTwoLettersOrThreeThatJavaCanName() {
        List<String> yes = List.of("cy", "ur", "pl", "pt-BR", "pa-Arab", "zh-Hans", "ckb", "fil", "yue");
        List<String> no = List.of("urdu", "zz", "zzz", "UR", "ur_PK", "en-", "c", "cy-UK", "ur-PAK", "pl-polish", "iw", "in", "ji",
                // a language with a code of two letters is named by it; these codes name no one language
                "urd", "ara", "heb", "eng", "chi", "wel", "zho", "cym", "und", "zxx", "mul", "mis", "qaa", "qtz");
        assertEquals(yes, yes.stream().filter(Languages::isLanguage).toList());
        assertEquals(List.of(), no.stream().filter(Languages::isLanguage).toList());
    }

    @Test
    void noCountryTakenForALanguageIsALanguagesCode() {
        // "ua" for Ukrainian is told 'uk'; were any of these a language's own code, it would be refused wrongly.
        for (String country : List.of("ua", "cz", "jp", "gr", "dk", "cn", "ir", "il", "vn", "al", "rs", "gb", "np", "bd", "kz", "by",
                "pk", "eg", "lk", "kh", "ge", "tj", "er")) {
            assertFalse(Languages.isLanguage(country), country);
            assertTrue(Languages.wrongSiteCode(country).flatMap(Languages.Wrong::meant).filter(Languages::isLanguage).isPresent(),
                    country);
        }
        assertEquals(java.util.Optional.of("en-GB"), Languages.wrongSiteCode("en-UK").flatMap(Languages.Wrong::meant));
        assertEquals(java.util.Optional.of("he"), Languages.wrongSiteCode("iw").flatMap(Languages.Wrong::meant));
        assertEquals(java.util.Optional.empty(), Languages.wrongSiteCode("en-GB"));
    }

    @Test
    void aCodeOfThreeLettersForALanguageWithTwoGivesTheTwo() {
        assertEquals(java.util.Optional.of("ur"), Languages.twoLetters("urd"));
        assertEquals(java.util.Optional.of("cy"), Languages.twoLetters("wel"));
        assertEquals(java.util.Optional.of("cy"), Languages.twoLetters("cym"));
        assertEquals(java.util.Optional.empty(), Languages.twoLetters("ckb"));
    }

    /** The same answer for the pages the build makes and for the accessibility rule that checks text marked in a language. */
    @Test
    void theDirectionIsThatOfTheScript() {
        List<String> rtl = List.of("ar", "ur", "ur-PK", "fa", "he", "iw", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr", "prs", "ks",
                "pa-Arab", "az-Arab", "PA-ARAB", "ar_EG", "arz", "ary", "aeb", "sdh", "bal", "lrc", "mzn", "nqo", "lah", "brh");
        List<String> ltr = List.of("en", "cy", "pl", "ku", "ku-Latn", "pa", "pa-Guru", "ur-Latn", "zh-Hans", "bn", "hi");
        assertEquals(rtl, rtl.stream().filter(Languages::rightToLeft).toList());
        assertEquals(List.of(), ltr.stream().filter(Languages::rightToLeft).toList());
    }

    /** Two codes for the same readers, as the build warns about two translations of one page; and the names readers see. */
    @Test
    void twoCodesNameTheSameReadersOnlyInOneLanguageScriptAndCountry() {
        for (String[] same : new String[][] {{"cy", "cy-GB"}, {"ur-PK", "ur"}, {"pt", "pt-BR"}, {"pl", "pl"}, {"sr-Latn", "sr-Latn-RS"}}) {
            assertTrue(Languages.sameReaders(same[0], same[1]), String.join(" ", same));
        }
        for (String[] other : new String[][] {{"pt-PT", "pt-BR"}, {"zh-Hans", "zh-Hant"}, {"sr-Latn", "sr"}, {"cy", "pl"}, {"ku", "ckb"}}) {
            assertFalse(Languages.sameReaders(other[0], other[1]), String.join(" ", other));
        }
        assertEquals("português (Brasil)", Languages.ownName("pt-BR"));
        assertEquals("中文 (繁體)", Languages.ownName("zh-Hant"));
        assertEquals("Cymraeg", Languages.ownName("cy"));
        // Java names some languages only in English; the code itself ("arz") told readers nothing.
        assertEquals("Egyptian Arabic", Languages.ownName("arz"));
    }

    /** Every language a file may end in that is written in a right-to-left script by default is laid out right to left. */
    @Test
    void theKindsOfArabicAFileMayBeNamedInAreRightToLeft() {
        for (String code : List.of("arz", "ary", "aeb", "arq", "ars", "shu")) {
            assertTrue(Languages.isLanguage(code), code);
            assertTrue(Languages.rightToLeft(code), code);
        }
    }
}
