package id.portaldesa.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores a password hashed anew at today's parameters, at the login that just proved it, when the
 * stored hash was made with an older cost or algorithm ({@link PasswordHasher#needsRehash}). Only if
 * the hash is still the one that was checked: a password changed meanwhile is not overwritten. Like
 * any new hash, it ends the account's other sessions once (see {@code CurrentUser}).
 */
@ApplicationScoped
public class PasswordUpgrades {

    @Inject
    PasswordHasher passwords;

    @PersistenceContext
    EntityManager em;

    /** @return whether the stored hash was replaced */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean upgradeIfNeeded(long accountId, String checkedHash, String password) {
        if (!passwords.needsRehash(checkedHash)) {
            return false;
        }
        return em.createQuery("update Account a set a.passwordHash = :new, a.version = a.version + 1"
                                + " where a.id = :id and a.passwordHash = :old")
                        .setParameter("new", passwords.hash(password))
                        .setParameter("id", accountId)
                        .setParameter("old", checkedHash)
                        .executeUpdate()
                == 1;
    }
}
