package id.portaldesa.site.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A village's profile as its public page shows it: immutable, kept in memory per village ({@link
 * Profiles}). Officials whose staff membership has ended are left out.
 */
public record PublicProfile(ProfileDetails details, MapLinks map, List<ShownOfficial> officials, Instant updatedAt)
        implements Serializable {

    public PublicProfile {
        officials = List.copyOf(officials);
    }

    /** The mission as separate points: one per line the admin wrote. */
    public List<String> missionPoints() {
        return details.mission() == null
                ? List.of()
                : details.mission()
                        .lines()
                        .map(l -> l.strip().replaceFirst("^([-*•]|\\d+[.)])\\s*", ""))
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    /** The history in paragraphs: separated by blank lines. */
    public List<String> historyParagraphs() {
        return paragraphs(details.history());
    }

    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                        .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                        .filter(p -> !p.isEmpty())
                        .toList();
    }

    public boolean hasFigures() {
        return details.areaKm2() != null
                || details.population() != null
                || details.households() != null
                || details.hamlets() != null;
    }
}
