package org.engagementportal.attachments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;

/**
 * SVG pictures made safe to publish. An SVG is a document that a browser opens on the site's own
 * address when someone follows a link to the picture, and it can carry script; so every SVG from
 * {@code content/} is rewritten to a safe subset: drawing elements and their attributes only, no
 * {@code <script>}, no event-handler attributes ({@code onload=}), no {@code <foreignObject>} (which can hold
 * a whole web page), no animation (which can change a link into script), and no references outside the
 * picture (links, pictures, fonts or styles fetched from elsewhere). Pictures embedded as PNG, JPEG, GIF
 * or WebP data stay.
 *
 * <p>Sanitised rather than refused: comms staff get pictures from designers and picture libraries and
 * cannot edit their code, and what is removed never changes how a normal picture looks. What was removed
 * for safety is reported as a warning naming the file and the first line it was on; editors' own notes
 * (Inkscape, Illustrator metadata, comments) are dropped without a word. The result is written the same
 * way every time, so a build is byte-identical to the last.
 */
public final class SafeSvg {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** Larger SVGs are reported rather than read: a picture is rarely more than a few hundred KB. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect",
            "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "image", "linearGradient",
            "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "style", "switch", "view", "filter",
            "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
            "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
            "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
            "feSpotLight", "feTile", "feTurbulence");

    /** Kept for their children only: a link inside a picture goes nowhere safe to check. */
    private static final Set<String> UNWRAPPED = Set.of("a");

    /** Editors' data, dropped with its content and without a warning. */
    private static final Set<String> QUIET = Set.of("metadata");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "viewBox",
            "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy",
            "fr", "d", "points", "pathLength", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity",
            "color", "display", "visibility", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits",
            "maskContentUnits", "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits",
            "refX", "refY", "orient", "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color",
            "stop-opacity", "patternUnits", "patternContentUnits", "patternTransform", "font-family", "font-size",
            "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor", "dominant-baseline",
            "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode",
            "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method",
            "spacing", "side", "href", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
            "focusable", "lang", "version", "baseProfile", "filter", "filterUnits", "primitiveUnits", "in", "in2",
            "result", "stdDeviation", "mode", "operator", "k1", "k2", "k3", "k4", "values", "type", "tableValues", "slope",
            "intercept", "amplitude", "exponent", "flood-color", "flood-opacity", "lighting-color", "surfaceScale",
            "diffuseConstant", "specularConstant", "specularExponent", "kernelMatrix", "kernelUnitLength", "order",
            "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha", "scale", "xChannelSelector",
            "yChannelSelector", "radius", "azimuth", "elevation", "pointsAtX", "pointsAtY", "pointsAtZ",
            "limitingConeAngle", "baseFrequency", "numOctaves", "seed", "stitchTiles", "color-interpolation",
            "color-interpolation-filters", "shape-rendering", "text-rendering", "image-rendering", "vector-effect",
            "overflow", "mix-blend-mode", "isolation", "paint-order", "systemLanguage", "requiredExtensions");

    /** Pictures embedded in an SVG as data: raster images only (they cannot hold script). */
    private static final Pattern EMBEDDED_PICTURE = Pattern.compile("data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^)'\"\\s]*)", Pattern.CASE_INSENSITIVE);

    /**
     * The CSS functions a picture may use: colours, sizes, transforms, filters, gradients and shapes, which draw
     * and never fetch. Any other (above all {@code image-set("https://...")}, {@code -webkit-image-set()},
     * {@code image()}, {@code src()}, which take an address in quotes rather than in url()) is refused.
     * Selector functions ({@code :not()}, {@code :nth-child()}) are here for style sheets.
     */
    private static final Set<String> CSS_FUNCTIONS = Set.of("rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab",
            "oklch", "color", "color-mix", "light-dark", "device-cmyk", "icc-color", "var", "calc", "min", "max", "clamp",
            "round", "mod", "rem", "abs", "sign", "sin", "cos", "tan", "sqrt", "pow", "translate", "translatex", "translatey",
            "translatez", "translate3d", "rotate", "rotatex", "rotatey", "rotatez", "rotate3d", "scale", "scalex", "scaley",
            "scalez", "scale3d", "skew", "skewx", "skewy", "matrix", "matrix3d", "perspective", "blur", "brightness",
            "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia",
            "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
            "repeating-radial-gradient", "repeating-conic-gradient", "cubic-bezier", "steps", "inset", "circle",
            "ellipse", "polygon", "path", "rect", "xywh", "local", "format", "tech", "counter", "counters", "not", "is",
            "where", "has", "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "lang", "dir");
    /** A function's name and its opening bracket, in lower-case CSS: "rgb(", "image-set(". */
    private static final Pattern FUNCTION = Pattern.compile("([a-z0-9_\\-\\u0080-\\uffff]+)\\(");
    /** Attributes that hold words or names, not CSS: checked only for url(). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("id", "class", "role", "aria-label", "aria-labelledby",
            "aria-describedby", "aria-hidden", "lang", "systemLanguage", "requiredExtensions");

    private SafeSvg() {
    }

    private static Optional<byte[]> tooLarge(String file, Problems problems) {
        problems.error(Position.file(file), "this SVG picture is larger than the 8 MB the portal checks.",
                "Save it again with fewer details, or as a PNG picture.");
        return Optional.empty();
    }

    /** Reads an SVG file and cleans it ({@link #clean(byte[], String, Problems)}); a file too large is not read. */
    public static Optional<byte[]> clean(java.nio.file.Path source, String file, Problems problems) {
        try {
            if (java.nio.file.Files.size(source) > MAX_BYTES) {
                return tooLarge(file, problems);
            }
            return clean(java.nio.file.Files.readAllBytes(source), file, problems);
        } catch (java.io.IOException e) {
            org.engagementportal.source.Unreadable.file(problems, Position.file(file), e);
            return Optional.empty();
        }
    }

    /**
     * The picture rewritten to the safe subset, with a warning for what was removed for safety; or empty,
     * with an error, when it cannot be read as an SVG picture.
     *
     * @param file the file as people know it, "content/pictures/talk.svg"
     */
    public static Optional<byte[]> clean(byte[] svg, String file, Problems problems) {
        if (svg.length > MAX_BYTES) {
            return tooLarge(file, problems);
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever else is on the class path
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        Writer out = new Writer();
        try {
            XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            try {
                copy(in, out);
            } finally {
                in.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            int line = e instanceof XMLStreamException x && x.getLocation() != null ? Math.max(0, x.getLocation().getLineNumber()) : 0;
            problems.error(new Position(file, line, 0), "this SVG picture cannot be read: " + reason(e) + ".",
                    "Open it in a drawing program and save it again as plain SVG (in Inkscape: Save As, Plain SVG), "
                            + "or save it as a PNG picture.");
            return Optional.empty();
        }
        if (!out.sawRoot) {
            problems.error(Position.file(file), "this file ends in .svg but is not an SVG picture.",
                    "Save the picture again as SVG, or rename it to the kind of file it is.");
            return Optional.empty();
        }
        if (!out.removed.isEmpty()) {
            problems.warning(new Position(file, out.firstRemovalLine, 0), "parts of this SVG picture that could run a "
                            + "program or fetch something from another website were removed before publishing: "
                            + String.join(", ", out.removed) + ".",
                    "Nothing to do if the picture looks right on the page. To silence this, save it again as plain SVG "
                            + "without scripts, links or animation.");
        }
        return Optional.of(out.bytes());
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int i = m.indexOf("Message: ");
        String reason = (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
        return Excerpt.of(reason, 200);
    }

    private static void copy(XMLStreamReader in, Writer out) throws XMLStreamException {
        // For each open element: whether it was written (false: dropped with its content, or unwrapped).
        Deque<Boolean> open = new ArrayDeque<>();
        int dropping = 0; // > 0 inside an element dropped with its content
        // The text of the <style> element being read, checked whole when it ends: a comment or an element inside
        // it could split "@import" or "url(" between two pieces that each look harmless.
        StringBuilder style = null;
        while (in.hasNext()) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String ns = in.getNamespaceURI();
                    String name = in.getLocalName();
                    if (dropping > 0 || style != null) {
                        dropping++; // inside a dropped element, or an element inside a style sheet: never drawn
                        continue;
                    }
                    if (open.isEmpty()) {
                        if (!SVG_NS.equals(ns) || !name.equals("svg")) {
                            return; // not an SVG picture: reported by the caller
                        }
                        out.sawRoot = true;
                    }
                    if (!SVG_NS.equals(ns)) {
                        dropping = 1; // an editor's own elements (Inkscape, Sodipodi), or HTML: never drawn
                        if ("http://www.w3.org/1999/xhtml".equals(ns)) {
                            out.remove("<" + name + ">", in);
                        }
                        continue;
                    }
                    if (UNWRAPPED.contains(name)) {
                        out.remove("the link <a>", in);
                        open.push(false);
                        continue;
                    }
                    if (QUIET.contains(name)) {
                        dropping = 1;
                        continue;
                    }
                    if (!ELEMENTS.contains(name)) {
                        dropping = 1;
                        out.remove("<" + name + ">", in);
                        continue;
                    }
                    out.start(name);
                    attributes(in, name, out);
                    open.push(true);
                    if (name.equals("style")) {
                        style = new StringBuilder();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (dropping > 0) {
                        dropping--;
                        continue;
                    }
                    if (open.pop()) {
                        if (style != null) {
                            if (safeCss(style.toString())) {
                                out.text(style.toString());
                            } else {
                                out.remove("a style sheet that fetches from elsewhere", in);
                            }
                            style = null;
                        }
                        out.end(in.getLocalName());
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (dropping == 0 && style != null) {
                        style.append(in.getText());
                    } else if (dropping == 0 && !open.isEmpty()) {
                        out.text(in.getText());
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if ("xml-stylesheet".equals(in.getPITarget())) {
                        out.remove("a linked style sheet", in);
                    }
                }
                default -> {
                    // comments, the document type, the XML declaration: not published
                }
            }
        }
    }

    private static void attributes(XMLStreamReader in, String element, Writer out) {
        Set<String> done = new java.util.HashSet<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String ns = in.getAttributeNamespace(i);
            String name = in.getAttributeLocalName(i);
            String value = in.getAttributeValue(i);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("on")) {
                out.remove("'" + name + "'", in);
                continue;
            }
            String written;
            if (ns == null || ns.isEmpty()) {
                written = ATTRIBUTES.contains(name) ? name : null;
            } else if (XMLConstants.XML_NS_URI.equals(ns) && (name.equals("lang") || name.equals("space"))) {
                written = "xml:" + name;
            } else if (XLINK_NS.equals(ns) && name.equals("href")) {
                written = "href"; // SVG 2's own href: no namespace to declare
            } else {
                written = null; // editors' attributes (inkscape:, sodipodi:), xlink:title...
            }
            if (written == null) {
                continue;
            }
            if (!done.add(written)) {
                continue; // href and xlink:href both given: the first is kept, so the picture stays well formed
            }
            if (value.indexOf('\\') >= 0) {
                // Presentation attributes are read as CSS, where a backslash escape can spell "url(" unseen.
                out.remove("'" + name + "' with a backslash", in);
                continue;
            }
            if (written.equals("href") && !safeReference(element, value)) {
                out.remove("a reference to '" + Excerpt.of(value.strip(), 40) + "'", in);
                continue;
            }
            boolean safe = written.equals("style") ? safeCss(value)
                    : TEXT_ATTRIBUTES.contains(written) ? localUrlsOnly(value) : localReferencesOnly(value);
            if (!safe) {
                out.remove("'" + name + "' that fetches from elsewhere", in);
                continue;
            }
            out.attribute(written, value);
        }
    }

    /** An href inside the picture ("#shape"), or for {@code <image>} an embedded raster picture. */
    private static boolean safeReference(String element, String value) {
        String v = value.strip();
        if (v.startsWith("#") && v.indexOf(':') < 0) {
            return true;
        }
        return element.equals("image") && EMBEDDED_PICTURE.matcher(v).matches();
    }

    /** Every url(...) in a value points inside the picture: url(#gradient). */
    private static boolean localUrlsOnly(String value) {
        if (value.toLowerCase(Locale.ROOT).indexOf("url(") < 0) {
            return true;
        }
        Matcher m = URL.matcher(value);
        while (m.find()) {
            if (!m.group(1).startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every function in a CSS value is one that only draws ({@link #CSS_FUNCTIONS}), and every url(...) points inside
     * the picture. Comments and backslash escapes cannot hide a function's name: a comment between a name and its
     * bracket makes it no function, and presentation attributes and style sheets with a backslash are refused.
     */
    private static boolean localReferencesOnly(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.indexOf('(') < 0) {
            return true;
        }
        Matcher f = FUNCTION.matcher(v);
        while (f.find()) {
            if (!f.group(1).equals("url") && !CSS_FUNCTIONS.contains(f.group(1))) {
                return false;
            }
        }
        return localUrlsOnly(v);
    }

    /** CSS with no imports, escapes, scripts or fetches from elsewhere. */
    static boolean safeCss(String css) {
        String c = withoutComments(css).toLowerCase(Locale.ROOT);
        if (c.contains("@import") || c.contains("\\") || c.contains("expression") || c.contains("javascript:")
                || c.contains("behavior") || c.contains("-moz-binding") || c.contains("/*") || c.contains("<")) {
            return false;
        }
        return localReferencesOnly(c);
    }

    /**
     * CSS with each closed comment replaced by a space; an unclosed one is left for {@link #safeCss} to refuse.
     * A scan, not a regular expression: a lazy pattern tried every unclosed "/*" against the rest of the text,
     * which took hours for a few megabytes of them.
     */
    private static String withoutComments(String css) {
        StringBuilder sb = new StringBuilder(css.length());
        int from = 0;
        for (int open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", from)) {
            int close = css.indexOf("*/", open + 2);
            if (close < 0) {
                break; // no comment after this one can close either
            }
            sb.append(css, from, open).append(' ');
            from = close + 2;
        }
        return sb.append(css, from, css.length()).toString();
    }


    /** The cleaned picture, written the same way every time, and what was removed. */
    private static final class Writer {
        private final StringBuilder sb = new StringBuilder(4096);
        final Set<String> removed = new TreeSet<>();
        int firstRemovalLine;
        boolean sawRoot;
        private boolean inStartTag;
        private boolean root = true;

        void remove(String what, XMLStreamReader at) {
            if (removed.isEmpty()) {
                firstRemovalLine = Math.max(0, at.getLocation().getLineNumber());
            }
            removed.add(what);
        }

        void start(String name) {
            closeStartTag();
            sb.append('<').append(name);
            if (root) {
                sb.append(" xmlns=\"").append(SVG_NS).append('"');
                root = false;
            }
            inStartTag = true;
        }

        void attribute(String name, String value) {
            sb.append(' ').append(name).append("=\"");
            escape(value, true);
            sb.append('"');
        }

        void text(String text) {
            closeStartTag();
            escape(text, false);
        }

        void end(String name) {
            if (inStartTag) {
                sb.append("/>");
                inStartTag = false;
            } else {
                sb.append("</").append(name).append('>');
            }
        }

        private void closeStartTag() {
            if (inStartTag) {
                sb.append('>');
                inStartTag = false;
            }
        }

        private void escape(String s, boolean attribute) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append(attribute ? "&quot;" : "\"");
                    case '\t', '\n', '\r' -> sb.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                    default -> sb.append(c);
                }
            }
        }

        byte[] bytes() {
            return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
