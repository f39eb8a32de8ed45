package id.portaldesa.participation;

import id.portaldesa.shared.BusinessException;
import java.math.BigDecimal;

/**
 * What someone types for a complaint, checked in one place: a known category, a description of at
 * most {@value #DESCRIPTION_MAX} characters (Open311's limit too), a location as text or coordinates.
 *
 * @param anonymous shown to nobody outside the office under the complainant's name
 * @param storyConsent the complainant agrees that a resolved complaint may be told as a public story
 */
public record ComplaintDraft(
        Category category,
        String description,
        String location,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean anonymous,
        boolean storyConsent) {

    public static final int DESCRIPTION_MAX = 4000;
    public static final int LOCATION_MAX = 300;

    public ComplaintDraft {
        description = Texts.cleanMultiline(description);
        location = Texts.clean(location);
    }

    public ComplaintDraft checked() {
        if (category == null) {
            throw new BusinessException("participation.category.required");
        }
        if (description == null) {
            throw new BusinessException("participation.complaint.description.required");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new BusinessException("participation.text.tooLong", DESCRIPTION_MAX);
        }
        if (location != null && location.length() > LOCATION_MAX) {
            throw new BusinessException("participation.text.tooLong", LOCATION_MAX);
        }
        Texts.checkCoordinates(latitude, longitude);
        if (location == null && latitude == null) {
            throw new BusinessException("participation.complaint.location.required");
        }
        return this;
    }
}
