package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.engagementportal.source.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser rule's reading of animated pictures ({@code portalRules.animation} in browser-rules.js), run in Node
 * on the known-barrier pictures: it finds how long each moves, and on every picture cut short at every byte (a
 * damaged or half-downloaded file) and on random bytes, it gives an answer or none, never an error or a hang, so no
 * picture can stop a page's audit.
 */
class AnimatedPicturesIT {
    @TempDir
    Path dir;

    @Test
    void eachPictureIsReadAndNoneCutShortBreaksTheReading() throws Exception {
        Path script = dir.resolve("read.js");
        Files.writeString(script, """
                const fs = require('fs');
                const [rules, folder] = process.argv.slice(2);
                global.window = {};
                eval(fs.readFileSync(rules, 'utf8'));
                const view = b => new DataView(b.buffer, b.byteOffset, b.byteLength);
                const out = {whole: {}, cut: 0, threw: [], random: 0};
                for (const f of fs.readdirSync(folder).filter(f => /\\.(gif|png|webp|svg)$/.test(f)).sort()) {
                  const b = fs.readFileSync(folder + '/' + f);
                  out.whole[f] = window.portalRules.animation(view(b));
                  for (let n = 0; n < b.length; n++) {
                    try { window.portalRules.animation(view(b.subarray(0, n))); out.cut++; }
                    catch (e) { out.threw.push(f + ' cut at ' + n + ': ' + e); }
                  }
                }
                // Random bytes after each format's signature.
                let seed = 7;
                const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
                for (const head of ['GIF89a', '\\x89PNG\\r\\n\\x1a\\n', 'RIFF\\x00\\x01\\x00\\x00WEBP']) {
                  for (let i = 0; i < 300; i++) {
                    const b = Buffer.alloc(64 + (i % 200));
                    for (let k = 0; k < b.length; k++) b[k] = k < head.length ? head.charCodeAt(k) : random();
                    try { window.portalRules.animation(view(b)); out.random++; }
                    catch (e) { out.threw.push('random ' + i + ': ' + e); }
                  }
                }
                console.log(JSON.stringify(out));
                """, StandardCharsets.UTF_8);
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder("node", script.toString(),
                Path.of("src/main/resources/org/engagementportal/audit/browser-rules.js").toAbsolutePath().toString(),
                Path.of("src/test/resources/barriers/pictures").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the reading finished (no picture makes it loop for ever)");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) Json.read(output.strip());
        assertEquals(java.util.List.of(), result.get("threw"));
        assertTrue(((Number) result.get("cut")).intValue() > 1000, "every picture was cut at every byte: " + result.get("cut"));
        assertEquals(900, ((Number) result.get("random")).intValue());

        @SuppressWarnings("unchecked")
        Map<String, Object> whole = new TreeMap<>((Map<String, Object>) result.get("whole"));
        for (String f : java.util.List.of("forever.gif", "forever.png", "forever.webp")) {
            assertEquals(Map.of("frames", 2, "ms", 1000, "plays", 0), numbers(whole.get(f)), f + " loops for ever");
        }
        assertEquals(Map.of("frames", 2, "ms", 2000, "plays", 1), numbers(whole.get("once.gif")), "once.gif plays once");
        assertEquals(Map.of("frames", 2, "ms", 1000, "plays", 1), numbers(whole.get("once.png")), "once.png plays once");
        assertEquals(Map.of("frames", 2, "ms", 1000, "plays", 1), numbers(whole.get("once.webp")), "once.webp plays once");
        assertEquals(Map.of("frames", 1, "ms", 0, "plays", 1), numbers(whole.get("still.png")), "still.png does not move");
        assertEquals(null, whole.get("clinic.svg"), "an SVG is not read");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> numbers(Object o) {
        Map<String, Integer> out = new TreeMap<>();
        ((Map<String, Object>) o).forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }
}
