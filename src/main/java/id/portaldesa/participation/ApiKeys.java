package id.portaldesa.participation;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The village's Open311 API keys: the village admin issues one (shown once, only its SHA-256 kept)
 * and revokes it. A key opens the village's own complaints through Open311, never another village's.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Issues a key; the answer is the only time it is seen. */
    public String issue(String label) {
        requireAdmin();
        String clean = Texts.clean(label);
        if (clean == null || clean.length() > 80) {
            throw new BusinessException("participation.apiKey.label.required");
        }
        String key = Tokens.newToken();
        em.persist(new ApiKey(village.id(), clean, Tokens.sha256(key), clock.instant()));
        return key;
    }

    public void revoke(long id) {
        requireAdmin();
        ApiKey k = em.find(ApiKey.class, id);
        if (k == null || k.getVillageId() != village.id()) {
            throw new NotFoundException();
        }
        k.revoke(clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> list() {
        requireAdmin();
        return em.createQuery("select k from ApiKey k where k.villageId = :v order by k.id desc", ApiKey.class)
                .setParameter("v", village.id())
                .getResultList();
    }

    /** Whether the key is a live key of the current village (not of another, not revoked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean opens(String key) {
        if (key == null || key.length() < 20 || key.length() > 100 || !village.isPresent()) {
            return false;
        }
        return !em.createQuery(
                        "select k.id from ApiKey k where k.keyHash = :h and k.villageId = :v and k.revokedAt is null",
                        Long.class)
                .setParameter("h", Tokens.sha256(key))
                .setParameter("v", village.id())
                .getResultList()
                .isEmpty();
    }

    private void requireAdmin() {
        if (!user.can(Permission.MODERATE_PARTICIPATION)) {
            throw new NotFoundException();
        }
    }
}
