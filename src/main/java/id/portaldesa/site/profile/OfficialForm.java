package id.portaldesa.site.profile;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An official as the admin enters them: linked to a staff membership of the village (name and title
 * then come from there), or with a name and position of their own.
 */
public record OfficialForm(
        Long membershipId,
        @Size(max = 120) String name,
        @Size(max = 160) String position) implements Serializable {}
