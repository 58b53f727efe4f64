package org.engagementportal.source;

/** Text for XML and HTML written by hand (sitemaps, feeds, reports): markup characters escaped. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes {@code & < > " '}, and drops every character XML 1.0 forbids (its {@code Char}: control characters, U+FFFE
     * and U+FFFF, half a surrogate pair), which would otherwise make a whole feed or sitemap unreadable: one invisible
     * character pasted into a bulletin stopped its series' and topics' feeds in every reader.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i)); // a character beyond U+FFFF, whole
                        }
                    } else if ((c >= 0x20 && c < 0xFFFE && !Character.isLowSurrogate(c)) || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
