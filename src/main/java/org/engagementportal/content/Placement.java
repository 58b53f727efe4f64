package org.engagementportal.content;

import java.util.List;
import java.util.function.Function;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;

/**
 * Where the files of a type of content live under {@code content/}: the folder decides a file's type. A
 * folder's {@code index.md} at the top of a type's folder introduces the listing the portal makes there.
 */
public sealed interface Placement {

    /** Whether a file in {@code parts} (its folder, split at "/") is this type's, or a mistake this placement reports. */
    boolean claims(String[] parts, Vocabulary vocabulary);

    /** Whether a folder's {@code index.md} at {@code parts} introduces a listing rather than being a page. */
    boolean introduces(String[] parts, Vocabulary vocabulary);

    /** Where such files go, for a message: "content/consultations/". */
    String where();

    /**
     * Whether which of these files are where they belong waits for a list file that has a mistake, reported there
     * (series.yml, committees.yml): such files are not read, rather than told they are in the wrong folder.
     */
    default boolean waitsForItsList(Vocabulary vocabulary) {
        return false;
    }

    /** Ordinary pages: any folder no other type claims. */
    record Anywhere() implements Placement {
        public boolean claims(String[] parts, Vocabulary vocabulary) {
            return false;
        }

        public boolean introduces(String[] parts, Vocabulary vocabulary) {
            return false;
        }

        public String where() {
            return "a folder of ordinary pages";
        }
    }

    /** Among ordinary pages, when the file says {@code type: <id>} (the Accessible Information Statement). */
    record Declared() implements Placement {
        public boolean claims(String[] parts, Vocabulary vocabulary) {
            return false;
        }

        public boolean introduces(String[] parts, Vocabulary vocabulary) {
            return false;
        }

        public String where() {
            return "a folder of ordinary pages, such as content/";
        }
    }

    /** Every file under {@code content/<folder>/}. */
    record Folder(String folder) implements Placement {
        public boolean claims(String[] parts, Vocabulary vocabulary) {
            return parts.length > 0 && parts[0].equals(folder);
        }

        public boolean introduces(String[] parts, Vocabulary vocabulary) {
            return parts.length == 1 && parts[0].equals(folder);
        }

        public String where() {
            return "content/" + folder + "/";
        }
    }

    /**
     * Files under {@code content/<folder>/<group>/}, the group from a controlled list (bulletins in the folder
     * of their series). A file elsewhere in the folder is reported, naming the list.
     *
     * @param list    the list's file under content/_data/, "series.yml"
     * @param noun    what a group is called, "series"
     * @param example a group to suggest when the list is empty, "weekly"
     */
    record Grouped(String folder, String list, String noun, String example, Function<Vocabulary, List<Term>> groups)
            implements Placement {
        public boolean claims(String[] parts, Vocabulary vocabulary) {
            return parts.length > 0 && parts[0].equals(folder);
        }

        public boolean introduces(String[] parts, Vocabulary vocabulary) {
            return parts.length <= 2 && parts.length > 0 && parts[0].equals(folder);
        }

        @Override
        public boolean waitsForItsList(Vocabulary vocabulary) {
            return vocabulary.unreadable(list);
        }

        public String where() {
            return "content/" + folder + "/<" + noun + ">/";
        }
    }

    /**
     * Files in the folder of a group from a controlled list: meetings in their committee's folder.
     *
     * @param list the list's file under content/_data/, "committees.yml"
     */
    record GroupFolders(String noun, String list, String example, Function<Vocabulary, List<Term>> groups) implements Placement {
        public boolean claims(String[] parts, Vocabulary vocabulary) {
            return parts.length > 0 && Vocabulary.ids(groups.apply(vocabulary)).contains(parts[0]);
        }

        public boolean introduces(String[] parts, Vocabulary vocabulary) {
            return parts.length == 1 && claims(parts, vocabulary);
        }

        @Override
        public boolean waitsForItsList(Vocabulary vocabulary) {
            return vocabulary.unreadable(list);
        }

        public String where() {
            return "the folder of its " + noun + ", such as content/" + example + "/";
        }
    }
}
