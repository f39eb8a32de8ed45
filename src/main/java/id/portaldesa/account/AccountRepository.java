package id.portaldesa.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Accounts are per person and not owned by a village; what a village may see of them goes through memberships. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public boolean anyPlatformAdmin() {
        return em.createQuery("select count(a) from Account a where a.platformAdmin = true", Long.class)
                        .getSingleResult()
                > 0;
    }

    public void add(Account account) {
        em.persist(account);
        em.flush();
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
