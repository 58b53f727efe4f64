package org.engagementportal.source;

/** Text for XML and HTML written by hand (sitemaps, feeds, reports): markup characters escaped. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes {@code & < > " '}, and drops the control characters XML 1.0 forbids, which would otherwise make
     * a whole feed or sitemap unreadable.
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
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
