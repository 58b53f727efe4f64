package org.engagementportal.content;

import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads one issue of a bulletin series. */
public final class BulletinReader {
    private BulletinReader() {
    }

    public static Optional<Bulletin> read(Fields f, String series) {
        f.text("series", false).filter(s -> !s.equals(series)).ifPresent(s ->
                f.error("series", "this bulletin is in the folder of the series '" + series + "' but says series: " + s + ".",
                        "Remove the 'series' line (the folder decides it) or move the file to content/bulletins/" + s + "/."));
        return f.date("date", true).map(date -> new Bulletin(series, date));
    }
}
