package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table as the running portal applies it, memberships read from MariaDB: one person
 * who is both village admin and sekdes holds exactly the union, in their village only.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT {

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    MailOutbox outbox;

    @Inject
    CurrentUser user;

    @Test
    void adminWhoIsAlsoSekdesHoldsTheUnionInTheirVillageAndNothingElsewhere() {
        VillageRef village = fixtures.freshVillage();
        VillageRef other = fixtures.freshVillage();
        fixtures.actFor(village);
        String email = Fixtures.email("admin-sekdes");
        staff.invite(email, Role.VILLAGE_ADMIN, null, null, Locale.forLanguageTag("id"));
        Account account = staff.accept(Fixtures.tokenFromLastMailTo(outbox, email), "Admin Sekdes", "kata-sandi-123");
        staff.grant(account.getId(), Role.OFFICIAL, Position.SECRETARY);

        user.actAs(account.getId());
        Set<Permission> expected = PermissionTable.union(List.of(
                new PermissionTable.Grant(Role.VILLAGE_ADMIN, null),
                new PermissionTable.Grant(Role.OFFICIAL, Position.SECRETARY)));
        for (Permission p : Permission.values()) {
            assertEquals(expected.contains(p), user.can(p), p.name());
        }
        assertTrue(user.can(Permission.MANAGE_STAFF), "as village admin");
        assertTrue(user.can(Permission.VERIFY_LETTERS), "as sekdes");
        assertFalse(user.can(Permission.SIGN_LETTERS), "a sekdes does not sign");
        assertFalse(user.can(Permission.USE_RESIDENT_SERVICES), "not a resident");
        assertThrows(NotFoundException.class, () -> user.require(Permission.SIGN_LETTERS));

        fixtures.actFor(other);
        for (Permission p : EnumSet.allOf(Permission.class)) {
            assertFalse(user.can(p), "nothing in another village: " + p);
        }
        assertTrue(
                fixtures.within(village, () -> user.can(Permission.MANAGE_STAFF)),
                "memberships are read for the village the work is done in");
        assertFalse(user.can(Permission.MANAGE_STAFF), "and again for the village of the request afterwards");
    }
}
