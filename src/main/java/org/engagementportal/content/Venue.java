package org.engagementportal.content;

import java.util.Optional;

/**
 * Where a meeting or event happens.
 *
 * @param access how to get in and around: step-free access, hearing loop, parking
 */
public record Venue(String name, Optional<String> address, Optional<String> access) {
}
