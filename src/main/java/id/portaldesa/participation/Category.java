package id.portaldesa.participation;

import java.util.Optional;

/**
 * The fixed categories of aspirations and complaints, the same codes in every village so figures
 * compare across villages; a village may rename them ({@link Labels}) and, for complaints, set its
 * own target response time. Labels {@code participation.category.<CODE>}.
 */
public enum Category {
    INFRASTRUCTURE(72),
    HEALTH(24),
    EDUCATION(72),
    ECONOMY(120),
    ENVIRONMENT(72),
    SOCIAL(72),
    GOVERNANCE(120),
    OTHER(120);

    private final int defaultSlaHours;

    Category(int defaultSlaHours) {
        this.defaultSlaHours = defaultSlaHours;
    }

    /** The target response time of a complaint of this category where the village set none. */
    public int defaultSlaHours() {
        return defaultSlaHours;
    }

    public String labelKey() {
        return "participation.category." + name();
    }

    /** A category named by a form or an address; anything else is no category. */
    public static Optional<Category> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Category c : values()) {
            if (c.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
