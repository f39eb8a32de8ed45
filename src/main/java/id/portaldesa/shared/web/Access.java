package id.portaldesa.shared.web;

import id.portaldesa.shared.security.Permission;
import java.util.Optional;

/**
 * Who may open a page: anyone, anyone logged in, or whoever holds a permission (in the village of the
 * request, or for platform pages in any region). A page in a protected folder without a declared
 * access is closed.
 */
public record Access(boolean loginRequired, Optional<Permission> permission) {

    public static final Access ANYONE = new Access(false, Optional.empty());
    public static final Access LOGGED_IN = new Access(true, Optional.empty());

    public static Access needs(Permission permission) {
        return new Access(true, Optional.of(permission));
    }
}
