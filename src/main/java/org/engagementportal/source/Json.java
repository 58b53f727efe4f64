package org.engagementportal.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every JSON text the portal writes or reads (feeds, the manifest, status changes, the audit's reports, cache,
 * summary and baseline, {@code .pa11yci}), through Jackson's streaming generator and parser. Written JSON has
 * the portal's one layout, so the files diff cleanly: two-space indents, {@code ": "} after a name, and each
 * container either one entry per line (a "block") or all on one line with {@code ", "} between entries.
 * Strings escape only what JSON requires: quotes, backslashes and control characters ({@code \n}, {@code \r},
 * {@code \t}, the others as a backslash, u and four hex digits); everything else, other alphabets included, is written as itself.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .characterEscapes(new Escapes(false))
            .build();
    /** Also escapes {@code <}, {@code >} and {@code &}, so no text in the JSON can end the element it is written in. */
    private static final JsonFactory IN_HTML = new JsonFactoryBuilder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .characterEscapes(new Escapes(true))
            .build();

    private Json() {
    }

    /** Writes one JSON value with the generator it is given. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * One JSON value, with a line break after it, laid out as described above.
     *
     * @param blocks the containers written one entry per line besides the outermost one, by their path of names:
     *               {@code "/files"} is the value named "files" in the outermost object, {@code "/items/*"} each
     *               value inside that, {@code "/*}{@code /issues"} the "issues" of each value of the outermost one.
     *               All other containers are written on one line.
     */
    public static String write(Body body, String... blocks) {
        StringWriter out = new StringWriter(4096);
        write(body, blocks, out);
        return out.append('\n').toString();
    }

    private static void write(Body body, String[] blocks, java.io.Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new Layout(blocks));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // neither writer fails; a generator misused does
        }
    }

    /**
     * One JSON value on one line with no spaces between its parts, as UTF-8 with a line break after it: for files
     * read only by the portal's own script (the search index), where every byte is sent to the reader.
     */
    public static byte[] tight(Body body) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Utf8.bytes(out.append('\n').toString());
    }

    /** {@link #write(Body, String...)} as UTF-8. */
    public static byte[] bytes(Body body, String... blocks) {
        // Encoded as it is written (the open data: tens of megabytes at 100,000 pages), not held as text first.
        Utf8.Sink out = new Utf8.Sink();
        write(body, blocks, out);
        return out.append('\n').toBytes();
    }

    /**
     * A value as {@link #compact} does, for a {@code <script type="application/ld+json">} data block in a page:
     * {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so text
     * from content (a title with {@code </script>} in it) can neither close the element nor start a comment.
     */
    public static String inHtml(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = IN_HTML.createGenerator(out)) {
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value of maps, lists, text, numbers, booleans and nulls as JSON on one line, without the line break. */
    public static String compact(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a value read by {@link #read}, or built of the same kinds: a map as an object (its keys as text),
     * a list as an array, a number or boolean as itself, null as null, anything else as its text.
     */
    public static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    /** JSON text that is not JSON; its message says what is wrong and where, on its first line. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A whole JSON text as objects ({@code Map<String, Object>}, keys in their order), arrays ({@code List}),
     * strings, numbers (Integer, Long or BigInteger for whole numbers, Double otherwise), booleans and nulls.
     * An empty text is null.
     *
     * @throws Malformed when the text is not one JSON value
     */
    public static Object read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Object value = value(p, first);
            if (p.nextToken() != null) {
                throw new Malformed("there is more after the JSON value, at line " + p.currentLocation().getLineNr()
                        + ", column " + p.currentLocation().getColumnNr(), null);
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Malformed(e.getOriginalMessage() + (at == null ? "" : ", at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail otherwise
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(value(p, e));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new Malformed("unexpected " + t + " at line " + p.currentLocation().getLineNr(), null);
        }
    }

    /** Jackson's standard escapes, except that backspace and form feed are written with hex digits like other controls. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes(boolean inHtml) {
            ascii['\b'] = ESCAPE_STANDARD;
            ascii['\f'] = ESCAPE_STANDARD;
            if (inHtml) {
                ascii['<'] = ESCAPE_STANDARD;
                ascii['>'] = ESCAPE_STANDARD;
                ascii['&'] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // no custom sequences
        }
    }

    /**
     * The layout: which containers are blocks (the outermost, and those named by path), and the indent: two
     * spaces for each block a line is inside.
     */
    private static final class Layout implements PrettyPrinter {
        private final String[][] blocks;
        private boolean[] open = new boolean[8];
        private int depth;
        private int indent;

        Layout(String[] blocks) {
            this.blocks = new String[blocks.length][];
            for (int i = 0; i < blocks.length; i++) {
                this.blocks[i] = blocks[i].substring(1).split("/", -1);
            }
        }

        /** Whether the container just started (the generator's current context) is a block. */
        private boolean block(JsonGenerator g) {
            JsonStreamContext c = g.getOutputContext();
            if (c.getParent() == null || c.getParent().inRoot()) {
                return true;
            }
            int length = c.getNestingDepth() - 1;
            for (String[] path : blocks) {
                if (path.length == length && matches(path, c)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(String[] path, JsonStreamContext c) {
            JsonStreamContext at = c;
            for (int i = path.length - 1; i >= 0; i--) {
                JsonStreamContext parent = at.getParent();
                if (!path[i].equals("*") && !(parent.inObject() && path[i].equals(parent.getCurrentName()))) {
                    return false;
                }
                at = parent;
            }
            return true;
        }

        private void start(JsonGenerator g, char c) throws IOException {
            boolean b = block(g);
            if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = b;
            if (b) {
                indent++;
            }
            g.writeRaw(c);
        }

        private void end(JsonGenerator g, int entries, char c) throws IOException {
            if (open[--depth]) {
                indent--;
                if (entries > 0) {
                    newLine(g);
                }
            }
            g.writeRaw(c);
        }

        private void first(JsonGenerator g) throws IOException {
            if (open[depth - 1]) {
                newLine(g);
            }
        }

        private void next(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (open[depth - 1]) {
                newLine(g);
            } else {
                g.writeRaw(' ');
            }
        }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < indent; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            start(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            end(g, entries, '}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            next(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            start(g, '[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            end(g, values, ']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            next(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            first(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            first(g);
        }
    }
}
