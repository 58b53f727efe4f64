package org.engagementportal.config;

import java.util.Optional;

/** How the public reaches the engagement team: used in the footer and as the fallback for requests. */
public record Contact(Optional<String> email, Optional<String> phone, Optional<String> textRelay,
                      Optional<String> address) {

    public static Contact none() {
        return new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
