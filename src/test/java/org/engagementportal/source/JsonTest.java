package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's JSON: its layout and escaping byte for byte, and what it writes read back by two parsers. */
class JsonTest {

    @Test
    void stringsEscapeOnlyWhatJsonRequires() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String json = Json.compact(List.of(controls.toString(), "quote \" backslash \\ slash / del \u007f",
                "Cymraeg: Gwasanaeth Iechyd \u0175 \u00e9 \u2028 \ud83d\ude00 <b>&amp;</b>"));
        assertEquals("[\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\t\\n\\u000b\\u000c\\r\\u000e\\u000f"
                + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\","
                + "\"quote \\\" backslash \\\\ slash / del \u007f\","
                + "\"Cymraeg: Gwasanaeth Iechyd \u0175 \u00e9 \u2028 \ud83d\ude00 <b>&amp;</b>\"]", json);
    }

    @Test
    void blocksTakeALinePerEntryAndEverythingElseOneLine() {
        String json = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("title", "Feed");
            g.writeNullField("next");
            g.writeArrayFieldStart("authors");
            g.writeStartObject();
            g.writeStringField("name", "ICB");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("items");
            g.writeStartObject();
            g.writeNumberField("size", 12);
            g.writeArrayFieldStart("tags");
            g.writeString("a");
            g.writeString("b");
            g.writeEndArray();
            g.writeEndObject();
            g.writeStartObject();
            g.writeArrayFieldStart("issues");
            g.writeStartObject();
            g.writeBooleanField("ok", true);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeEndObject();
        }, "/items", "/empty", "/items/*/issues");
        assertEquals("""
                {
                  "title": "Feed",
                  "next": null,
                  "authors": [{"name": "ICB"}],
                  "items": [
                    {"size": 12, "tags": ["a", "b"]},
                    {"issues": [
                      {"ok": true}
                    ]}
                  ],
                  "empty": []
                }
                """, json);
    }

    @Test
    void anEmptyOutermostValueStaysOnOneLine() {
        assertEquals("{}\n", Json.write(g -> {
            g.writeStartObject();
            g.writeEndObject();
        }));
    }

    @Test
    void whatIsWrittenReadsBackTheSameWithThisParserAndAnother() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "line one\nline \"two\"\t\u0008\u000c\\ \u00e9\ud83d\ude00");
        value.put("whole", 3L);
        value.put("big", 12345678901234L);
        value.put("fraction", 0.25);
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", List.of("a", List.of(), Map.of()));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("key with \"quotes\"", "value");
        value.put("object", inner);
        String json = Json.write(g -> Json.value(g, value), "/list", "/object");

        Map<?, ?> ours = (Map<?, ?>) Json.read(json);
        assertEquals(value.keySet().stream().toList(), ours.keySet().stream().toList(), "keys keep their order");
        assertEquals(value.get("text"), ours.get("text"));
        assertEquals(3, ((Number) ours.get("whole")).intValue());
        assertEquals(12345678901234L, ((Number) ours.get("big")).longValue());
        assertEquals(0.25, ours.get("fraction"));
        assertEquals(true, ours.get("yes"));
        assertTrue(ours.containsKey("nothing"));
        assertNull(ours.get("nothing"));
        assertEquals(List.of("a", List.of(), Map.of()), ours.get("list"));
        assertEquals(inner, ours.get("object"));
        assertEquals(json, Json.write(g -> Json.value(g, ours), "/list", "/object"), "written again, the same bytes");

        Map<String, Object> theirs = new org.openqa.selenium.json.Json().toType(json, org.openqa.selenium.json.Json.MAP_TYPE);
        assertEquals(value.get("text"), theirs.get("text"));
        assertEquals(12345678901234L, ((Number) theirs.get("big")).longValue());
        assertEquals(inner, theirs.get("object"));
    }

    @Test
    void readingSaysWhatIsWrong() {
        assertNull(Json.read(""));
        assertNull(Json.read("  \n"));
        assertEquals(Map.of("a", 1), Json.read("{\"a\": 1}"));
        Json.Malformed cut = assertThrows(Json.Malformed.class, () -> Json.read("{\"defaults\": "));
        assertEquals("Unexpected end-of-input within/between Object entries, at line 1, column 14", cut.getMessage());
        assertThrows(Json.Malformed.class, () -> Json.read("{\"a\": 1,}"));
        assertThrows(Json.Malformed.class, () -> Json.read("{'a': 1}"));
        Json.Malformed more = assertThrows(Json.Malformed.class, () -> Json.read("{\"a\": 1} {\"b\": 2}"));
        assertTrue(more.getMessage().contains("more after the JSON value"), more.getMessage());
    }
}
