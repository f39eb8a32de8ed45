package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Membership;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PersonalDataService;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A village always keeps an admin: the last one cannot be revoked, not even when two admins revoke
 * each other at the same moment (each sees the other still there), because the admin set is
 * counted under a lock on the village that holds until commit.
 */
@ExtendWith(ArquillianExtension.class)
class LastAdminIT {

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    MembershipRepository memberships;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PersonalDataService personalData;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    private static final String PASSWORD = "kata-sandi-uji-2026";

    /** Two admins of a fresh village: the first is the one acted as, the second another. */
    record Admins(VillageRef village, Account first, Membership firstRole, Account second, Membership secondRole) {}

    Admins twoAdmins() {
        VillageRef village = fixtures.freshVillage();
        Account first = fixtures.actAsAdminOf(village);
        Account second = fixtures.staffOfCurrentVillage(Role.VILLAGE_ADMIN, null, "Admin Kedua");
        return inTransaction(() -> new Admins(
                village,
                first,
                memberships.activeOf(first.getId()).get(0),
                second,
                memberships.activeOf(second.getId()).get(0)));
    }

    /**
     * Reads of the test thread run in a transaction of their own: after work on the managed
     * executor, the container has closed the entity manager a read outside one would use.
     */
    <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            try {
                return work.call();
            } finally {
                transaction.commit();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOnlyAdminCannotRevokeThemselves() {
        VillageRef village = fixtures.freshVillage();
        Account admin = fixtures.actAsAdminOf(village);
        Membership own = memberships.activeOf(admin.getId()).get(0);
        BusinessException refused = assertThrows(BusinessException.class, () -> staff.revokeMembership(own.getId()));
        assertEquals("account.staff.lastAdmin", refused.getMessageKey());
        assertEquals(1, memberships.activeAdmins());
        assertTrue(memberships.find(own.getId()).orElseThrow().isActive());
    }

    @Test
    void ofTwoAdminsOneMayRevokeTheOtherButNotThenThemselves() {
        Admins admins = twoAdmins();
        staff.revokeMembership(admins.secondRole().getId());
        assertEquals(1, memberships.activeAdmins());
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> staff.revokeMembership(admins.firstRole().getId()));
        assertEquals("account.staff.lastAdmin", refused.getMessageKey());
        assertEquals(1, memberships.activeAdmins());
    }

    /**
     * The exact interleaving of a race: the first admin's revocation is made but not yet committed
     * when the second admin revokes the first. The second must wait for the first to commit and then
     * be refused; without the lock it counts two admins and both are gone.
     */
    @Test
    void aRevocationWaitsForTheOneInFlightAndThenCountsWhatItLeft() throws Exception {
        Admins admins = twoAdmins();
        CountDownLatch started = new CountDownLatch(1);
        Future<Boolean> second;
        transaction.begin();
        try {
            staff.revokeMembership(admins.secondRole().getId());
            second = executor.submit(() -> {
                started.countDown();
                return revokeAs(
                        admins.village(), admins.second(), admins.firstRole().getId());
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            // Long enough for the second revocation to reach its count (or its lock) meanwhile.
            Thread.sleep(1500);
        } finally {
            transaction.commit();
        }
        assertEquals(false, second.get(60, TimeUnit.SECONDS), "the second revocation is refused");
        assertEquals(1L, (long) inTransaction(memberships::activeAdmins), "one admin remains");
        assertTrue(inTransaction(
                () -> memberships.find(admins.firstRole().getId()).orElseThrow().isActive()));
    }

    @Test
    void twoAdminsRevokingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 6; round++) {
            Admins admins = twoAdmins();
            raceOnce(
                    round,
                    admins,
                    "revocation",
                    () -> revokeAs(
                            admins.village(),
                            admins.first(),
                            admins.secondRole().getId()),
                    () -> revokeAs(
                            admins.village(),
                            admins.second(),
                            admins.firstRole().getId()));
        }
    }

    /**
     * Two admins deleting their own accounts at the same moment: each sees the other still there,
     * so without the lock on the village both deletions go through and the village has no admin.
     */
    @Test
    void twoAdminsDeletingTheirAccountsAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 4; round++) {
            Admins admins = twoAdmins();
            inTransaction(() -> {
                for (Account admin : java.util.List.of(admins.first(), admins.second())) {
                    accounts.find(admin.getId()).orElseThrow().setPasswordHash(hasher.hash(PASSWORD));
                }
                return null;
            });
            raceOnce(
                    round,
                    admins,
                    "deletion",
                    () -> deleteOwnAccount(admins.village(), admins.first()),
                    () -> deleteOwnAccount(admins.village(), admins.second()));
        }
    }

    /** Starts both admins' actions at the same moment: exactly one goes through, one admin remains. */
    private void raceOnce(
            int round, Admins admins, String action, Callable<Boolean> byFirst, Callable<Boolean> bySecond)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Boolean> one = executor.submit(afterStart(start, byFirst));
        Future<Boolean> other = executor.submit(afterStart(start, bySecond));
        start.countDown();
        int through = (one.get(60, TimeUnit.SECONDS) ? 1 : 0) + (other.get(60, TimeUnit.SECONDS) ? 1 : 0);
        fixtures.actFor(admins.village());
        assertEquals(
                1L, (long) inTransaction(memberships::activeAdmins), "round " + round + ": exactly one admin remains");
        assertEquals(1, through, "round " + round + ": one " + action + " went through");
    }

    private static Callable<Boolean> afterStart(CountDownLatch start, Callable<Boolean> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    private boolean deleteOwnAccount(VillageRef village, Account admin) {
        return asAdmin(village, admin, () -> personalData.deleteAccount(admin.getId(), PASSWORD));
    }

    /** One admin's own request: revokes a membership; false when refused. */
    private boolean revokeAs(VillageRef village, Account actor, long membershipId) {
        return asAdmin(village, actor, () -> staff.revokeMembership(membershipId));
    }

    /**
     * Runs the work as the admin's own request would, in a transaction of its own (so the task uses
     * no entity manager outside one); false when it is refused.
     */
    private boolean asAdmin(VillageRef village, Account actor, Runnable work) {
        RequestContextController context = requestContexts.get();
        context.activate();
        try {
            transaction.begin();
            try {
                fixtures.actFor(village);
                fixtures.actAs(actor);
                work.run();
                transaction.commit();
                return true;
            } catch (BusinessException e) {
                transaction.rollback();
                return false;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            context.deactivate();
        }
    }
}
