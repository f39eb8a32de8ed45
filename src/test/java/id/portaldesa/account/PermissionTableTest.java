package id.portaldesa.account;

import static id.portaldesa.shared.security.Permission.*;
import static org.junit.jupiter.api.Assertions.*;

import id.portaldesa.shared.security.Permission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionTableTest {

    @Test
    void every_role_and_position_has_exactly_its_row_of_the_table() {
        assertEquals(
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
                PermissionTable.of(Role.VILLAGE_ADMIN, null));
        assertEquals(Set.of(USE_RESIDENT_SERVICES), PermissionTable.of(Role.RESIDENT, null));
        assertEquals(
                Set.of(ONBOARD_VILLAGES, MANAGE_VILLAGE_ADMINS, VIEW_REGENCY),
                PermissionTable.of(Role.REGENCY_ADMIN, null));
        assertEquals(Set.of(VIEW_REGENCY), PermissionTable.of(Role.REGENCY_VIEWER, null));
        assertEquals(
                Set.of(OPEN_OFFICE, SIGN_LETTERS, REVOKE_LETTERS, ANSWER_PARTICIPATION, READ_AUDIT_LOG),
                PermissionTable.of(Role.OFFICIAL, Position.HEAD));
        assertEquals(
                Set.of(
                        OPEN_OFFICE,
                        PROCESS_LETTERS,
                        VERIFY_LETTERS,
                        ANSWER_PARTICIPATION,
                        PUBLISH_NEWS,
                        MANAGE_RESIDENTS,
                        CONFIRM_RESIDENTS),
                PermissionTable.of(Role.OFFICIAL, Position.SECRETARY));
        assertEquals(
                Set.of(OPEN_OFFICE, PROCESS_LETTERS, ANSWER_PARTICIPATION),
                PermissionTable.of(Role.OFFICIAL, Position.KAUR));
        assertEquals(
                Set.of(OPEN_OFFICE, PROCESS_LETTERS, ANSWER_PARTICIPATION),
                PermissionTable.of(Role.OFFICIAL, Position.KASI));
        assertEquals(
                Set.of(OPEN_OFFICE, ANSWER_PARTICIPATION), PermissionTable.of(Role.OFFICIAL, Position.HAMLET_HEAD));
        assertEquals(
                Set.of(
                        OPEN_OFFICE,
                        PROCESS_LETTERS,
                        MANAGE_RESIDENTS,
                        CONFIRM_RESIDENTS,
                        PUBLISH_NEWS,
                        APPROVE_PRODUCTS,
                        ANSWER_PARTICIPATION),
                PermissionTable.of(Role.OFFICIAL, Position.OPERATOR));
    }

    @Test
    void one_person_both_village_admin_and_secretary_holds_the_union() {
        Set<Permission> both = PermissionTable.union(Set.of(
                new PermissionTable.Grant(Role.VILLAGE_ADMIN, null),
                new PermissionTable.Grant(Role.OFFICIAL, Position.SECRETARY)));
        assertTrue(both.containsAll(PermissionTable.of(Role.VILLAGE_ADMIN, null)));
        assertTrue(both.contains(VERIFY_LETTERS));
        assertFalse(both.contains(SIGN_LETTERS), "only the head signs");
        assertFalse(both.contains(USE_RESIDENT_SERVICES));
        assertFalse(both.contains(ONBOARD_VILLAGES), "village roles never reach regional permissions");
    }

    @Test
    void no_village_role_grants_a_regional_or_platform_permission() {
        for (Role role : Role.values()) {
            if (role.isRegional()) {
                continue;
            }
            for (Position position : Position.values()) {
                PermissionTable.of(role, position)
                        .forEach(p -> assertEquals(Permission.Scope.VILLAGE, p.scope(), role + " " + p));
            }
        }
        for (Role regional : new Role[] {Role.REGENCY_ADMIN, Role.REGENCY_VIEWER}) {
            PermissionTable.of(regional, null)
                    .forEach(p -> assertEquals(Permission.Scope.REGION, p.scope(), regional + " " + p));
        }
    }

    @Test
    void an_official_without_position_may_do_nothing() {
        assertEquals(Set.of(), PermissionTable.of(Role.OFFICIAL, null));
    }

    @Test
    void the_platform_admin_holds_every_regional_and_platform_permission_but_no_village_one() {
        Set<Permission> platform = PermissionTable.ofPlatformAdmin();
        assertTrue(
                platform.containsAll(Set.of(ONBOARD_VILLAGES, MANAGE_VILLAGE_ADMINS, VIEW_REGENCY, MANAGE_PLATFORM)));
        assertFalse(platform.contains(EDIT_SITE));
    }

    /** The README prints the table; this keeps it the table the code enforces. */
    @Test
    void the_readme_prints_exactly_this_table() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        StringBuilder table = new StringBuilder("| role | position | permissions |\n|---|---|---|\n");
        for (Role role : Role.values()) {
            if (role == Role.OFFICIAL) {
                for (Position position : Position.values()) {
                    table.append(row(role.name(), position.name(), PermissionTable.of(role, position)));
                }
            } else {
                table.append(row(role.name(), "", PermissionTable.of(role, null)));
            }
        }
        table.append(row("PLATFORM_ADMIN", "", PermissionTable.ofPlatformAdmin()));
        assertTrue(readme.contains(table), "README.md must contain the permission table:\n" + table);
    }

    private static String row(String role, String position, Set<Permission> permissions) {
        return "| " + role + " | " + position + " | "
                + String.join(
                        ", ",
                        EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions).stream()
                                .map(Enum::name)
                                .toList())
                + " |\n";
    }
}
