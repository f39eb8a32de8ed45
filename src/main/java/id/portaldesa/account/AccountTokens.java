package id.portaldesa.account;

import id.portaldesa.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one-time links of accounts: issued as random values, kept as hashes, ended when superseded,
 * and used through {@link #claim} so that a link works once even when two requests race.
 */
@ApplicationScoped
public class AccountTokens {

    @PersistenceContext
    EntityManager em;

    /** @return the token itself, for the link; only its hash is stored */
    public String issue(long accountId, AccountToken.Purpose purpose, Instant now, Duration valid) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(accountId, purpose, Tokens.sha256(token), now, now.plus(valid)));
        return token;
    }

    public String issueEmailChange(long accountId, String newEmail, Instant now, Duration valid) {
        String token = Tokens.newToken();
        em.persist(AccountToken.emailChange(accountId, newEmail, Tokens.sha256(token), now, now.plus(valid)));
        return token;
    }

    public Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from AccountToken t where t.tokenHash = :h and t.purpose = :p", AccountToken.class)
                .setParameter("h", Tokens.sha256(token))
                .setParameter("p", purpose)
                .getResultStream()
                .findFirst();
    }

    /**
     * Marks the link used, if nobody has yet: one conditional update, so of two requests racing with
     * the same link exactly one gets {@code true} (the other waits on the row, then finds it used).
     */
    public boolean claim(AccountToken token, Instant now) {
        return em.createQuery("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
                        .setParameter("now", now)
                        .setParameter("id", token.getId())
                        .executeUpdate()
                == 1;
    }

    /** Ends every unused link of these purposes: a newer link, or a new password, supersedes them. */
    public void endOpen(long accountId, Instant now, AccountToken.Purpose... purposes) {
        em.createQuery("update AccountToken t set t.usedAt = :now where t.accountId = :a and t.usedAt is null"
                        + " and t.purpose in :p")
                .setParameter("now", now)
                .setParameter("a", accountId)
                .setParameter("p", List.of(purposes))
                .executeUpdate();
    }

    /** How many links of this purpose were issued since then: caps how much mail one address receives. */
    public long issuedSince(long accountId, AccountToken.Purpose purpose, Instant since) {
        return em.createQuery(
                        "select count(t) from AccountToken t where t.accountId = :a and t.purpose = :p"
                                + " and t.createdAt > :since",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("p", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Every link of the account, used or not: erased with the account. */
    public void deleteAll(long accountId) {
        em.createQuery("delete from AccountToken t where t.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }
}
