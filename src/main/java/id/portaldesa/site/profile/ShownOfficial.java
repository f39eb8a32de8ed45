package id.portaldesa.site.profile;

import java.io.Serializable;

/**
 * An official as the profile page and the back office show them: the name and position to print,
 * the photo (a media id, null for none) and, for the back office, whether they are linked to a staff
 * account and whether that account still holds its membership.
 */
public record ShownOfficial(
        long id, String name, String position, Long photoMediaId, boolean linked, boolean active, int sortOrder)
        implements Serializable {}
