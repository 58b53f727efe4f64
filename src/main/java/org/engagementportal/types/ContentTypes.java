package org.engagementportal.types;

import java.util.List;

/** The portal's types of content, in the order their sections are shown: home page blocks, header, listings, feeds. */
public final class ContentTypes {
    private ContentTypes() {
    }

    public static final List<ContentType<?>> ALL = List.of(new Consultations(), new Meetings(), new Events(),
            new Bulletins(), new EngagementRecords(), new Pages(), new Statements());
}
