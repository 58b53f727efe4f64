package org.engagementportal.render;

/**
 * The "request this in another format" block: how to ask for the page in easy read, large print,
 * braille, audio or another language, prefilled with the page's title and date as the Accessible
 * Information Statement asks. Fields other than {@code mailto} may be null; {@code replyWithin} ("10 working
 * days") is null when there is no statement to promise it; {@code post}, the postal address, for people who use
 * neither email nor the phone; {@code phoneHref}, the phone's tel: link, so a reader on a phone calls with a tap;
 * {@code sms} and its sms: link, a mobile number to text, from the statement only.
 */
public record RequestFormat(String mailto, String email, String phone, String phoneHref, String textRelay, String sms,
                            String smsHref, String formats,
                            String statementHref, String replyWithin, String post) {
}
