package org.engagementportal.render;

import java.util.List;

/** The Accessible Information Statement's data as its template shows it; {@code replyWithin}: "10 working days". */
public record StatementView(List<String> formats, String email, String phone, String phoneHref, String textRelay,
                            String sms, String smsHref, String post, String replyWithin) {
}
