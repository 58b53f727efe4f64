package org.engagementportal.content;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the loader made of a file (its document and the problems found reading it), as bytes for {@link LoadMemo}'s
 * file in {@code .portal-cache/}, and back. The bytes follow the records' declared types, component by component:
 * text, numbers, dates, lists, optional values, and the portal's own records of the content, its positions and
 * problems. Where a type is an interface (a document's type-specific fields), the record's name is written, and read
 * back only if it is a record of the content, attachments or source packages that is of that interface: nothing else
 * is ever made from the bytes, and every record is made through its own constructor, with its checks. A page's type
 * is written as its id, and its text as where it is in its file and the digest of its bytes: a document read back
 * reads its text from the file when it is needed, and stops the build if that is not the text it was made from
 * ({@link SourceChanged}).
 *
 * <p>Anything unexpected while reading (bytes cut short, a name that is not allowed, a value its record refuses) is
 * an {@link IllegalArgumentException}: the caller reads the file again instead.
 */
final class DocumentCodec {
    private static final List<String> PACKAGES = List.of("org.engagementportal.content.", "org.engagementportal.attachments.",
            "org.engagementportal.source.");

    private DocumentCodec() {
    }

    /**
     * A document's own fields as bytes: its file, type, variant, front matter and type-specific fields, written as the
     * memo writes them. Equal bytes mean equal fields (reading them back would make the same), so their digest can
     * stand for them, at a fraction of the cost of writing them out as text. Null when a value cannot be written.
     */
    static byte[] fields(Document d) {
        try {
            Writer w = new Writer();
            w.string(d.source());
            w.string(d.kind().id());
            w.value(d.variant(), Variant.class);
            w.value(d.meta(), Meta.class);
            w.value(d.details(), Details.class);
            return w.bytes();
        } catch (RuntimeException notWritten) { // a value it cannot write, or a type it does not know
            return null;
        }
    }

    /** Whether bytes may name this class: a record or enum of the portal's content, attachments or source packages. */
    private static boolean allowed(Class<?> c) {
        if (!c.isRecord() && !c.isEnum()) {
            return false;
        }
        for (String p : PACKAGES) {
            if (c.getName().startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a value of one declared type is written and read: worked out once per type ({@link #part}), so that what
     * a value is, is decided once, not for every value.
     */
    private interface Part {
        void write(Writer w, Object v);

        Object read(Reader r);

        static Part of(java.util.function.BiConsumer<Writer, Object> write, Function<Reader, Object> read) {
            return new Part() {
                @Override
                public void write(Writer w, Object v) {
                    write.accept(w, v);
                }

                @Override
                public Object read(Reader r) {
                    return read.apply(r);
                }
            };
        }
    }

    private static final Map<Type, Part> PARTS = new ConcurrentHashMap<>();
    /** The records that bytes name where an interface is declared, by name, once allowed. */
    private static final Map<String, Part> NAMED = new ConcurrentHashMap<>();

    private static Part part(Type type) {
        Part p = PARTS.get(type);
        if (p == null) {
            p = make(type);
            PARTS.putIfAbsent(type, p);
        }
        return p;
    }

    /**
     * A part that writes a presence byte before the value (a null is written as such), and refuses to read one that
     * says there is none: no record the loader makes holds a null, so bytes that say so are not the loader's.
     */
    private static Part present(Part inner) {
        return Part.of((w, v) -> {
            w.out.write(v == null ? 0 : 1);
            if (v != null) {
                inner.write(w, v);
            }
        }, r -> {
            if (!r.flag()) {
                throw new IllegalArgumentException("nothing where a record of the content always has something");
            }
            return inner.read(r);
        });
    }

    private static Part make(Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return Part.of((w, v) -> w.signed((Integer) v), Reader::integer);
        } else if (raw == long.class) {
            return Part.of((w, v) -> w.signed((Long) v), Reader::signed);
        } else if (raw == boolean.class) {
            return Part.of((w, v) -> w.out.write((Boolean) v ? 1 : 0), Reader::flag);
        } else if (raw.isPrimitive()) {
            throw new IllegalStateException("no way to keep a " + raw);
        } else if (raw == Integer.class || raw == Long.class || raw == Boolean.class) {
            return present(part(raw == Integer.class ? int.class : raw == Long.class ? long.class : boolean.class));
        }
        return present(makeObject(type, raw));
    }

    private static Part makeObject(Type type, Class<?> raw) {
        if (raw == String.class) {
            return Part.of((w, v) -> w.string((String) v), Reader::string);
        } else if (raw == Optional.class) {
            Part item = part(argument(type, 0));
            return Part.of((w, v) -> {
                Optional<?> o = (Optional<?>) v;
                w.out.write(o.isPresent() ? 1 : 0);
                o.ifPresent(x -> item.write(w, x));
            }, r -> r.flag() ? Optional.of(Reader.nonNull(item.read(r))) : Optional.empty());
        } else if (raw == OptionalInt.class) {
            return Part.of((w, v) -> {
                OptionalInt o = (OptionalInt) v;
                w.out.write(o.isPresent() ? 1 : 0);
                if (o.isPresent()) {
                    w.signed(o.getAsInt());
                }
            }, r -> r.flag() ? OptionalInt.of(r.integer()) : OptionalInt.empty());
        } else if (raw == List.class) {
            Part item = part(argument(type, 0));
            return Part.of((w, v) -> {
                List<?> l = (List<?>) v;
                w.number(l.size());
                for (Object x : l) {
                    item.write(w, x);
                }
            }, r -> {
                int n = r.count();
                Object[] l = new Object[n];
                for (int i = 0; i < n; i++) {
                    l[i] = Reader.nonNull(item.read(r));
                }
                return List.of(l);
            });
        } else if (raw == Map.class) {
            Part key = part(argument(type, 0));
            Part val = part(argument(type, 1));
            return Part.of((w, v) -> {
                Map<?, ?> m = (Map<?, ?>) v;
                w.number(m.size());
                m.forEach((k, x) -> {
                    key.write(w, k);
                    val.write(w, x);
                });
            }, r -> {
                int n = r.count();
                Map<Object, Object> m = new HashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    m.put(Reader.nonNull(key.read(r)), Reader.nonNull(val.read(r)));
                }
                return Map.copyOf(m);
            });
        } else if (raw == LocalDate.class) {
            return Part.of((w, v) -> w.signed(((LocalDate) v).toEpochDay()), r -> LocalDate.ofEpochDay(r.signed()));
        } else if (raw == ZonedDateTime.class) { // its local time, offset and zone, exactly as they were
            return Part.of((w, v) -> {
                ZonedDateTime t = (ZonedDateTime) v;
                w.signed(t.toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC));
                w.number(t.getNano());
                w.signed(t.getOffset().getTotalSeconds());
                w.string(t.getZone().getId());
            }, r -> {
                long seconds = r.signed();
                long nano = r.number();
                int offset = r.integer();
                String zone = r.string();
                if (nano >= 1_000_000_000L) {
                    throw new IllegalArgumentException("a time with " + nano + " nanoseconds");
                }
                return ZonedDateTime.ofStrict(java.time.LocalDateTime.ofEpochSecond(seconds, (int) nano, java.time.ZoneOffset.UTC),
                        java.time.ZoneOffset.ofTotalSeconds(offset), r.zone(zone));
            });
        } else if (raw == Period.class) {
            return Part.of((w, v) -> w.string(v.toString()), r -> Period.parse(r.string()));
        } else if (raw == URI.class) {
            return Part.of((w, v) -> w.string(v.toString()), r -> URI.create(r.string()));
        } else if (raw == Body.class) {
            return Part.of((w, v) -> {
                Body b = (Body) v;
                if (b.textStart() < 0) {
                    throw new IllegalArgumentException("a text that does not know where it starts in its file");
                }
                w.signed(b.firstLine());
                w.out.write(b.isBlank() ? 1 : 0);
                w.signed(b.textStart());
                w.signed(b.textLength());
                w.string(b.digest());
                w.out.write(b.digestOfBytes() ? 1 : 0);
            }, r -> {
                int firstLine = r.integer();
                boolean blank = r.flag();
                int start = r.integer();
                int length = r.integer();
                String digest = r.string();
                boolean ofBytes = r.flag();
                return Body.keptFromBefore(r.contentRoot.resolve(r.rel), ContentLoader.CONTENT + "/" + r.rel, start, length,
                        firstLine, blank, digest, ofBytes);
            });
        } else if (ContentKind.class.isAssignableFrom(raw)) {
            return Part.of((w, v) -> w.string(((ContentKind<?>) v).id()), r -> {
                String id = r.string();
                return r.kinds.apply(id).orElseThrow(() -> new IllegalArgumentException("no type of content called " + id));
            });
        } else if (raw.isEnum() && allowed(raw)) {
            Object[] values = raw.getEnumConstants();
            return Part.of((w, v) -> w.number(((Enum<?>) v).ordinal()), r -> {
                long i = r.number();
                if (i < 0 || i >= values.length) {
                    throw new IllegalArgumentException("no " + raw.getSimpleName() + " numbered " + i);
                }
                return values[(int) i];
            });
        } else if (raw.isRecord() && allowed(raw)) {
            return recordPart(raw);
        } else if (raw.isInterface()) {
            return Part.of((w, v) -> {
                if (!v.getClass().isRecord() || !allowed(v.getClass())) {
                    throw new IllegalArgumentException("no way to keep a " + v.getClass().getName());
                }
                w.string(v.getClass().getName());
                recordPart(v.getClass()).write(w, v);
            }, r -> named(r.string(), raw).read(r));
        }
        throw new IllegalStateException("no way to keep a value of type " + type);
    }

    /** The part of a record that bytes name where an interface is declared, if it is one that may be read there. */
    private static Part named(String name, Class<?> declared) {
        Part p = NAMED.get(name);
        if (p == null) {
            Class<?> c;
            try {
                c = Class.forName(name, false, DocumentCodec.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("no record called " + name);
            }
            if (!c.isRecord() || !allowed(c)) {
                throw new IllegalArgumentException(name + " is not a record that may be read here");
            }
            p = recordPart(c);
            NAMED.putIfAbsent(name, p);
        }
        if (!declared.isAssignableFrom(((RecordPart) p).type)) {
            throw new IllegalArgumentException(name + " is not a " + declared.getSimpleName());
        }
        return p;
    }

    private static final Map<Class<?>, RecordPart> RECORDS = new ConcurrentHashMap<>();

    private static RecordPart recordPart(Class<?> c) {
        RecordPart p = RECORDS.get(c);
        if (p == null) {
            p = new RecordPart(c);
            RECORDS.putIfAbsent(c, p);
        }
        return p;
    }

    /** A record: its components in order, each by its declared type; made again through its canonical constructor. */
    private static final class RecordPart implements Part {
        final Class<?> type;
        private final java.lang.reflect.Method[] accessors;
        private final Type[] types;
        private volatile Part[] parts; // worked out when first used, as a record may hold a record of its own kind
        private final Constructor<?> constructor;

        RecordPart(Class<?> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            accessors = new java.lang.reflect.Method[components.length];
            types = new Type[components.length];
            Class<?>[] raws = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getGenericType();
                raws[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(raws);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }

        private Part[] parts() {
            Part[] p = parts;
            if (p == null) {
                p = new Part[types.length];
                for (int i = 0; i < p.length; i++) {
                    p[i] = part(types[i]);
                }
                parts = p;
            }
            return p;
        }

        @Override
        public void write(Writer w, Object v) {
            Part[] p = parts();
            for (int i = 0; i < p.length; i++) {
                try {
                    p[i].write(w, accessors[i].invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public Object read(Reader r) {
            Part[] p = parts();
            Object[] args = new Object[p.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = p[i].read(r);
            }
            try {
                return constructor.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " refused what was read: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " could not be made of what was read", e);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes values of declared types; each text once, then by number. */
    static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        private final Map<String, Integer> strings = new HashMap<>();

        byte[] bytes() {
            return out.toByteArray();
        }

        /** Writes {@code v}, of the declared type {@code type}. */
        void value(Object v, Type type) {
            part(type).write(this, v);
        }

        void number(long n) { // unsigned, seven bits a byte
            long v = n;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void signed(long n) {
            number((n << 1) ^ (n >> 63));
        }

        /** Whether every surrogate in {@code s} is half of a pair, as UTF-8 can write it. */
        private static boolean wellFormed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }

        void string(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                number(known + 1L);
                return;
            }
            if (!wellFormed(s)) {
                // UTF-8 would write a half of a surrogate pair as '?', so two texts could give one set of bytes.
                throw new IllegalArgumentException("a text with half of a character pair");
            }
            strings.put(s, strings.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(0);
            number(b.length);
            out.write(b, 0, b.length);
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads what a {@link Writer} wrote, given the same declared types. */
    static final class Reader {
        private final byte[] in;
        private int at;
        private String[] strings = new String[16];
        private int stringCount;
        final Path contentRoot;
        final String rel;
        final Function<String, Optional<ContentKind<?>>> kinds;
        private String lastZone;
        private java.time.ZoneId lastZoneId;

        /** @param rel the file's name under {@code contentRoot}, whose text a document read back reads */
        Reader(byte[] in, Path contentRoot, String rel, Function<String, Optional<ContentKind<?>>> kinds) {
            this.in = in;
            this.contentRoot = contentRoot;
            this.rel = rel;
            this.kinds = kinds;
        }

        /** Reads a value of the declared type {@code type}. */
        Object value(Type type) {
            return part(type).read(this);
        }

        boolean atEnd() {
            return at == in.length;
        }

        private int next() {
            if (at >= in.length) {
                throw new IllegalArgumentException("cut short");
            }
            return in[at++] & 0xff;
        }

        long number() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("a number too long");
        }

        int count() {
            long n = number();
            if (n < 0 || n > in.length - at) { // each item takes at least a byte
                throw new IllegalArgumentException("a count of " + n + " with " + (in.length - at) + " bytes left");
            }
            return (int) n;
        }

        long signed() {
            long v = number();
            return (v >>> 1) ^ -(v & 1);
        }

        int integer() {
            long v = signed();
            if (v != (int) v) {
                throw new IllegalArgumentException("a number out of range");
            }
            return (int) v;
        }

        boolean flag() {
            int b = next();
            if (b > 1) {
                throw new IllegalArgumentException("not a yes or no");
            }
            return b == 1;
        }

        String string() {
            long n = number();
            if (n != 0) {
                if (n < 0 || n > stringCount) {
                    throw new IllegalArgumentException("a text not yet given");
                }
                return strings[(int) n - 1];
            }
            int length = count();
            String s = new String(in, at, length, StandardCharsets.UTF_8);
            at += length;
            if (stringCount == strings.length) {
                strings = java.util.Arrays.copyOf(strings, stringCount * 2);
            }
            strings[stringCount++] = s;
            return s;
        }

        /** A time zone by its id: the last one is kept (a site has one). */
        java.time.ZoneId zone(String id) {
            if (!id.equals(lastZone)) {
                lastZoneId = java.time.ZoneId.of(id);
                lastZone = id;
            }
            return lastZoneId;
        }

        static Object nonNull(Object o) {
            if (o == null) {
                throw new IllegalArgumentException("nothing where something is needed");
            }
            return o;
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("no way to keep a value of type " + t);
    }

    private static Type argument(Type t, int i) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalArgumentException("no element type in " + t);
    }
}
