package org.engagementportal.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code _headers} file as Netlify and Cloudflare Pages read it: blocks of a path pattern on its own
 * line and indented {@code Name: value} lines under it; {@code #} starts a comment. In a pattern {@code *}
 * matches any characters (slashes too) and {@code :name} one path segment. Every rule that matches a path
 * applies, in file order, and a header set by two rules gets both values joined by a comma, as Cloudflare
 * Pages does.
 */
final class HeaderRules {
    private record Rule(Pattern pattern, Map<String, String> headers) {
    }

    private final List<Rule> rules;

    private HeaderRules(List<Rule> rules) {
        this.rules = rules;
    }

    static HeaderRules parse(String text) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                current = new LinkedHashMap<>();
                rules.add(new Rule(toRegex(stripped), current));
            } else if (current != null && stripped.indexOf(':') > 0) {
                int colon = stripped.indexOf(':');
                String name = stripped.substring(0, colon).strip();
                String value = stripped.substring(colon + 1).strip();
                current.merge(name, value, (a, b) -> a + ", " + b);
            }
        }
        return new HeaderRules(List.copyOf(rules));
    }

    static HeaderRules none() {
        return new HeaderRules(List.of());
    }

    private static Pattern toRegex(String pattern) {
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == ':' && i + 1 < pattern.length() && Character.isLetter(pattern.charAt(i + 1))) {
                while (i + 1 < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(i + 1)) || pattern.charAt(i + 1) == '_')) {
                    i++;
                }
                re.append("[^/]+");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.append('$').toString());
    }

    /** The headers for a request path, every matching rule's, joined where two set the same one. */
    Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (r.pattern().matcher(path).matches()) {
                r.headers().forEach((k, v) -> headers.merge(k, v, (a, b) -> a + ", " + b));
            }
        }
        return headers;
    }
}
