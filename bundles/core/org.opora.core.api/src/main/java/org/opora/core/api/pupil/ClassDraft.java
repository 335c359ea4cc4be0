package org.opora.core.api.pupil;

/**
 * The editable data of a class.
 *
 * @param grade          grade, 1 to the configured highest grade
 * @param letter         one to three letters, e.g. "B"
 * @param classTeacherId class teacher among the staff, or {@code null}
 */
public record ClassDraft(int grade, String letter, Long classTeacherId) {

    public ClassDraft {
        letter = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a class name such as "7B" or "10 A".
     *
     * @throws IllegalArgumentException when the text is not a grade followed by letters
     */
    public static ClassDraft parse(String name, Long classTeacherId) {
        String t = name == null ? "" : name.replace(" ", "").replace("-", "");
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 2 || i == t.length() || t.length() - i > 3
                || !t.substring(i).chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("class name expected, e.g. 7B: " + name);
        }
        return new ClassDraft(Integer.parseInt(t.substring(0, i)), t.substring(i), classTeacherId);
    }
}
