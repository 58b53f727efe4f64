package org.engagementportal.content;

import java.util.List;
import java.util.Optional;

/**
 * The Accessible Information Statement: which formats people can ask for, how to ask, and how quickly
 * they will hear back. It feeds the "request this in another format" block on every page.
 *
 * @param sms          a mobile number to text, for people who neither hear a call nor use email (Deaf people, often)
 * @param responseDays working days within which a request is answered
 */
public record Statement(List<Format> formats, Optional<String> email, Optional<String> phone,
                        Optional<String> textRelay, Optional<String> sms, Optional<String> post, int responseDays) implements Details {

    public Statement {
        formats = List.copyOf(formats);
    }

    public static final List<String> FIELDS = List.of("formats", "contact", "response_days");
}
