package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Audio and video come with a transcript close by: a link to it, or the text beside the player. */
public final class MediaAlternative implements Rule {
    private static final Pattern MEDIA = Pattern.compile("(?i).*\\.(mp3|wav|m4a|aac|oga|ogg|opus|flac|mp4|m4v|webm|mov|avi|ogv|mkv)([?#].*)?$");

    public String id() {
        return "media-alternative";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("video-caption", "audio-caption");
    }

    public String criterion() {
        return "1.2.1 Audio-only and Video-only (Prerecorded)";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "People who are deaf or hard of hearing cannot hear a recording, and people who are blind cannot see a "
                + "video: a transcript gives everyone the same information.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        for (Element e : page.elements("a", "audio", "video")) {
            boolean media = e.normalName().equals("a") ? MEDIA.matcher(e.attr("href")).matches() : true;
            if (media && !transcriptNear(e)) {
                String what = e.normalName().equals("a") ? "the link to " + e.attr("href") : "the " + e.normalName() + " player";
                out.add(new Finding(id(), e, what + " has no transcript nearby.",
                        "Publish a transcript of what is said and shown, and link to it next to the recording: [Transcript of the recording](...)"));
            }
        }
        return out;
    }

    /** Whether "transcript" is said in the block that holds the element, or the one just after it. */
    private static boolean transcriptNear(Element e) {
        Element block = e;
        while (block.parent() != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == e && e.parent() != null && !e.normalName().equals("a")) {
            block = e.parent(); // a player: the section it is in
        }
        Element next = block.nextElementSibling();
        return mentions(block) || next != null && mentions(next);
    }

    private static boolean mentions(Element e) {
        String text = (e.text() + " " + e.select("a").eachAttr("href")).toLowerCase(Locale.ROOT);
        return text.contains("transcript");
    }
}
