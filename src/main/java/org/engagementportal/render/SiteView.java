package org.engagementportal.render;

import java.util.List;

/**
 * What every page shows of the site: header, navigation and footer. Built once per build.
 *
 * @param descriptor and {@code service} may be null
 */
public record SiteView(String name, String language, String homeHref, String cssHref, String iconHref,
                       String iconSvgHref, String organisation, String descriptor, String service,
                       List<Link> navigation, List<Link> footer, String copyright) {
}
