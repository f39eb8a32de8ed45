package id.portaldesa.shared.seams;

import java.util.Optional;
import java.util.Set;

/**
 * One section of a person's own page in a village: the resident's {@code /akun} (my letter requests,
 * my notifications) or the staff's {@code /kantor} (what waits for me, my notifications). Contributed
 * by the feature that owns the data, found through CDI by {@link PersonalSections}, like {@link
 * HomeSection} for the home page. Unlike a home section, its model is read for the logged-in person,
 * on every view of the page (one small indexed query at most; these pages are never cached).
 *
 * <p>Implement as an {@code @ApplicationScoped} bean of the feature.
 */
public interface PersonalSection {

    /** The pages a section can be part of. */
    enum Place {
        /** The resident's own page, {@code /akun}. */
        RESIDENT_HOME,
        /** The back office's start page, {@code /kantor}. */
        OFFICE_HOME
    }

    /** Where this section is shown. */
    Set<Place> places();

    /** Smaller first: 100 letters, 200 participation, 900 notifications. */
    int order();

    /** The message key of the section's heading. */
    String titleKey();

    /**
     * The Facelets fragment under {@code /WEB-INF/sections/<feature>/}; it reads its data as {@code
     * #{model}} (record components by accessor) and {@code #{place}} (the {@link Place}).
     */
    String fragment();

    /** The section's data for the person on this page; empty leaves the section out. */
    Optional<?> model(Place place);
}
