package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("kata-sandi-rahasia");
        assertTrue(hasher.verify("kata-sandi-rahasia", stored));
        assertFalse(hasher.verify("kata-sandi-rahasiA", stored));
        assertFalse(hasher.verify("", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("sama"), hasher.hash("sama"));
    }

    @Test
    void storedFormNamesAlgorithmAndCost() {
        String stored = new PasswordHasher().hash("x");
        assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
    }

    @Test
    void oldCostStillVerifiesAfterTheCostIsRaised() {
        String old = hasher.hash("lama-sekali");
        assertTrue(new PasswordHasher().verify("lama-sekali", old));
    }

    @Test
    void rejectsGarbage() {
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", null));
    }

    @Test
    void aHashOfOtherParametersNeedsRehashing() {
        PasswordHasher today = new PasswordHasher();
        assertTrue(today.needsRehash(hasher.hash("lama")), "an older cost");
        assertTrue(today.needsRehash("bcrypt$12$abc$def"), "another algorithm");
        assertFalse(today.needsRehash(today.hash("baru")));
    }

    @Test
    void reusesAHashOnlyInsideTheDemoLoadAndOnlyForTheSamePassword() {
        String[] inside = PasswordHasher.reusingHashes(() -> new String[] {
            hasher.hash("demo-desa-2026"), new PasswordHasher(1_000).hash("demo-desa-2026"), hasher.hash("lain")
        });
        assertEquals(inside[0], inside[1], "one hash for the shared password");
        assertNotEquals(inside[0], inside[2]);
        assertTrue(hasher.verify("lain", inside[2]));
        assertNotEquals(hasher.hash("demo-desa-2026"), hasher.hash("demo-desa-2026"), "salted anew outside");
        assertNotEquals(inside[0], hasher.hash("demo-desa-2026"));
    }
}
