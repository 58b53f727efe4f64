package org.engagementportal.content;

import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads the Accessible Information Statement. */
public final class StatementReader {
    public static final int DEFAULT_RESPONSE_DAYS = 10;

    private StatementReader() {
    }

    public static Optional<Statement> read(Fields f) {
        List<Format> formats = f.choices("formats", Format.byId());
        if (formats.isEmpty()) {
            f.error("formats", "the Accessible Information Statement must list the 'formats' people can ask for.",
                    "Add formats: [easy-read, large-print, braille, audio, bsl, other-languages]");
        }
        var contact = f.group("contact", "the 'contact' group", List.of("email", "phone", "text_relay", "sms", "post"));
        if (contact.isEmpty()) {
            f.error("contact", "the Accessible Information Statement needs a 'contact' group saying how to ask for a format.",
                    "Add contact: with at least email: and phone:");
        }
        var email = contact.flatMap(c -> c.email("email", true));
        var phone = contact.flatMap(c -> c.phone("phone", false));
        var relay = contact.flatMap(c -> c.textRelay("text_relay", false));
        var sms = contact.flatMap(c -> c.mobile("sms", false));
        var post = contact.flatMap(c -> c.text("post", false));
        int days = f.number("response_days", 1, 60, false).orElse(DEFAULT_RESPONSE_DAYS);
        return Optional.of(new Statement(formats, email, phone, relay, sms, post, days));
    }
}
