package org.engagementportal.checks;

import java.util.List;
import java.util.Locale;

/** The page says which language it is in, as a valid language tag, so screen readers pronounce it right. */
public final class PageLanguage implements Rule {
    public String id() {
        return "page-language";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("html-has-lang", "html-lang-valid", "html-xml-lang-mismatch");
    }

    public String criterion() {
        return "3.1.1 Language of Page";
    }

    public String why() {
        return "Screen readers choose their voice and pronunciation from the page language; without it, text is read out in the wrong accent or spelt out letter by letter.";
    }

    public Scope scope() {
        return Scope.HEAD;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        String lang = page.lang();
        if (lang == null || lang.isBlank()) {
            return List.of(new Finding(id(), null, "the page does not say which language it is in.",
                    "Set 'language' in content/_data/site.yml (for example en-GB), or fix the template's <html lang>."));
        }
        if (Locale.forLanguageTag(lang).getLanguage().isEmpty()) {
            return List.of(new Finding(id(), null, "the page's language \"" + lang + "\" is not a language code.",
                    "Use a code such as en-GB, cy or ur."));
        }
        return List.of();
    }
}
