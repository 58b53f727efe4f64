package org.engagementportal.config;

/**
 * One entry of a controlled list kept in {@code content/_data/}: a topic, an area, a bulletin series or a
 * committee. The id is what content files use; the name is what readers see.
 */
public record Term(String id, String name, String description) {

    /**
     * The name of a topic inside a sentence ("... about mental health"): written in sentence case, so its first letter is
     * lowered, unless its first word is an abbreviation ("GP and primary care", "NHS dentistry", "A&amp;E"), which
     * lowering the whole name had made "gp and primary care". An area's name is a place's: it is used as written.
     */
    public String topicInSentence() {
        int end = name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ');
        String first = name.substring(0, end);
        boolean abbreviation = first.codePoints().skip(1).anyMatch(Character::isUpperCase);
        if (name.isEmpty() || abbreviation) {
            return name;
        }
        int second = name.offsetByCodePoints(0, 1);
        return name.substring(0, second).toLowerCase(java.util.Locale.UK) + name.substring(second);
    }
}
