package id.portaldesa.letters.issue;

import java.util.StringJoiner;

/**
 * A person's name as the public verification page shows it: enough to match it with the paper in
 * hand, not enough to learn who asked for what ({@code Ni Luh Ayu Pradnyā} → {@code Ni** L** A** P**}).
 * The first word keeps two letters, the others one; every word ends in two stars whatever its length.
 */
public final class NameMask {

    private NameMask() {}

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "***";
        }
        String[] words = name.strip().split("\\s+");
        StringJoiner masked = new StringJoiner(" ");
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            int[] points = words[i].codePoints().toArray();
            int keep = Math.min(i == 0 ? 2 : 1, Math.max(1, points.length - 1));
            masked.add(new String(points, 0, keep) + "**");
        }
        return masked.toString();
    }
}
