package id.portaldesa.participation;

import id.portaldesa.shared.BusinessException;
import java.math.BigDecimal;

/**
 * What a resident types for an aspiration, checked in one place: title and description required and
 * bounded, a known category, RT/RW as up to three digits, coordinates within range (both or neither).
 */
public record AspirationDraft(
        String title,
        String description,
        Category category,
        String dusun,
        String rt,
        String rw,
        BigDecimal latitude,
        BigDecimal longitude) {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 4000;

    public AspirationDraft {
        title = Texts.clean(title);
        description = Texts.cleanMultiline(description);
        dusun = Texts.clean(dusun);
        rt = Texts.clean(rt);
        rw = Texts.clean(rw);
    }

    /** The same draft, refused with a message when something is missing or out of bounds. */
    public AspirationDraft checked() {
        if (title == null) {
            throw new BusinessException("participation.aspiration.title.required");
        }
        if (title.length() > TITLE_MAX) {
            throw new BusinessException("participation.text.tooLong", TITLE_MAX);
        }
        if (description == null) {
            throw new BusinessException("participation.aspiration.description.required");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new BusinessException("participation.text.tooLong", DESCRIPTION_MAX);
        }
        if (category == null) {
            throw new BusinessException("participation.category.required");
        }
        if (dusun != null && dusun.length() > 80) {
            throw new BusinessException("participation.text.tooLong", 80);
        }
        Texts.checkRtRw(rt);
        Texts.checkRtRw(rw);
        Texts.checkCoordinates(latitude, longitude);
        return this;
    }
}
