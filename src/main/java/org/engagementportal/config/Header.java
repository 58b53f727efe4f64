package org.engagementportal.config;

import java.util.Optional;

/**
 * What the NHS.UK header shows beside the NHS logo: the organisation's name, an optional descriptor
 * ("Integrated Care Board") and optionally the name of this service ("Have your say").
 */
public record Header(String organisation, Optional<String> descriptor, Optional<String> service) {
}
