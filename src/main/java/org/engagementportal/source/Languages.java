package org.engagementportal.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language codes ("cy", "ur", "pa-Arab", "ckb"), as file names, pages and the accessibility rules use them. */
public final class Languages {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Set<String> TWO_LETTERS = Set.of(Locale.getISOLanguages());
    /** Languages written right to left in the script they are written in unless a code names another. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "prs", "ps", "sd",
            "syr", "ug", "ur", "yi");
    /** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr");

    private Languages() {
    }

    /**
     * Whether a file name may end in this code: a language of two letters (ISO 639-1), or of three that Java can name
     * ("ckb" Central Kurdish, "fil" Filipino, "yue" Cantonese), with at most a region or script ("pt-BR", "pa-Arab").
     */
    public static boolean isLanguage(String code) {
        if (!CODE.matcher(code).matches()) {
            return false;
        }
        String language = code.split("-")[0];
        return language.length() == 2 ? TWO_LETTERS.contains(language)
                : !Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
    }

    /**
     * Whether text in this language is written right to left: by its script when the code names one ("pa-Arab" yes,
     * "ku-Latn" no), else by the language's usual script ("ur", "ckb" and "dv" yes; "ku", Kurmanji, in Latin letters, no).
     */
    public static boolean rightToLeft(String code) {
        String[] parts = code.strip().toLowerCase(Locale.ROOT).split("[-_]");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4 && parts[i].chars().allMatch(Character::isLetter)) {
                return RIGHT_TO_LEFT_SCRIPTS.contains(parts[i]);
            }
        }
        return RIGHT_TO_LEFT.contains(parts[0]);
    }
}
