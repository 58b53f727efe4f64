package org.engagementportal.content;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The ways to respond to a consultation.
 *
 * @param events site paths of events where people can give their views in person
 */
public record Respond(Optional<URI> online, Optional<String> email, Optional<String> post, Optional<String> phone,
                      List<String> events) {

    public Respond {
        events = List.copyOf(events);
    }

    public static Respond none() {
        return new Respond(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public boolean isEmpty() {
        return online.isEmpty() && email.isEmpty() && post.isEmpty() && phone.isEmpty() && events.isEmpty();
    }
}
