package id.portaldesa.account;

import static id.portaldesa.shared.security.Permission.*;

import id.portaldesa.shared.security.Permission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may do what (design §3), printed in the README. An acting holder (Plt./Pj.)
 * of a position may do what the position may: that is what acting means in village government.
 */
public final class PermissionTable {

    private static final Map<Role, Set<Permission>> BY_ROLE = Map.of(
            Role.VILLAGE_ADMIN,
            EnumSet.of(
                    OPEN_OFFICE,
                    MANAGE_STAFF,
                    EDIT_SITE,
                    PUBLISH_NEWS,
                    APPROVE_PRODUCTS,
                    MANAGE_RESIDENTS,
                    CONFIRM_RESIDENTS,
                    READ_AUDIT_LOG,
                    MANAGE_LETTER_TYPES,
                    MODERATE_PARTICIPATION),
            Role.RESIDENT,
            EnumSet.of(USE_RESIDENT_SERVICES),
            Role.REGENCY_ADMIN,
            EnumSet.of(ONBOARD_VILLAGES, MANAGE_VILLAGE_ADMINS, VIEW_REGENCY),
            Role.REGENCY_VIEWER,
            EnumSet.of(VIEW_REGENCY));

    private static final Map<Position, Set<Permission>> BY_POSITION = Map.of(
            Position.HEAD,
            EnumSet.of(OPEN_OFFICE, SIGN_LETTERS, REVOKE_LETTERS, ANSWER_PARTICIPATION, READ_AUDIT_LOG),
            Position.SECRETARY,
            EnumSet.of(
                    OPEN_OFFICE,
                    PROCESS_LETTERS,
                    VERIFY_LETTERS,
                    ANSWER_PARTICIPATION,
                    PUBLISH_NEWS,
                    MANAGE_RESIDENTS,
                    CONFIRM_RESIDENTS),
            Position.KAUR,
            EnumSet.of(OPEN_OFFICE, PROCESS_LETTERS, ANSWER_PARTICIPATION),
            Position.KASI,
            EnumSet.of(OPEN_OFFICE, PROCESS_LETTERS, ANSWER_PARTICIPATION),
            Position.HAMLET_HEAD,
            EnumSet.of(OPEN_OFFICE, ANSWER_PARTICIPATION),
            Position.OPERATOR,
            EnumSet.of(
                    OPEN_OFFICE,
                    PROCESS_LETTERS,
                    MANAGE_RESIDENTS,
                    CONFIRM_RESIDENTS,
                    PUBLISH_NEWS,
                    APPROVE_PRODUCTS,
                    ANSWER_PARTICIPATION));

    private PermissionTable() {}

    /** What one membership grants; an official's permissions come from the position. */
    public static Set<Permission> of(Role role, Position position) {
        if (role == Role.OFFICIAL) {
            return position == null ? Set.of() : Set.copyOf(BY_POSITION.get(position));
        }
        return Set.copyOf(BY_ROLE.get(role));
    }

    /** One role held, with its position for an official. */
    public record Grant(Role role, Position position) {}

    /** What a person holding all these grants may do. */
    public static Set<Permission> union(java.util.Collection<Grant> grants) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        grants.forEach(g -> all.addAll(of(g.role(), g.position())));
        return all;
    }

    /** The platform admin holds every regional and platform permission, everywhere. */
    public static Set<Permission> ofPlatformAdmin() {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (p.scope() != Permission.Scope.VILLAGE) {
                all.add(p);
            }
        }
        return all;
    }
}
