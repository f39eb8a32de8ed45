package id.portaldesa.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Regency roles; not village-owned, read by the person's account or by the platform admin. */
@ApplicationScoped
public class RegionalMembershipRepository {

    @PersistenceContext
    EntityManager em;

    public List<RegionalMembership> activeOf(long accountId) {
        return em.createQuery(
                        "select m from RegionalMembership m where m.accountId = :a and m.revokedAt is null",
                        RegionalMembership.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    public Optional<RegionalMembership> find(long id) {
        return Optional.ofNullable(em.find(RegionalMembership.class, id));
    }

    /** Every active grant with the person's name and email and the region's name, for the platform page. */
    public List<RegionalGrant> active() {
        return em.createQuery(
                        "select new id.portaldesa.account.RegionalGrant(m.id, a.displayName, a.email, m.role,"
                                + " m.regionCode, r.name, m.grantedAt) from RegionalMembership m, Account a,"
                                + " id.portaldesa.village.Region r where a.id = m.accountId and r.code = m.regionCode"
                                + " and m.revokedAt is null order by m.regionCode, a.email",
                        RegionalGrant.class)
                .getResultList();
    }

    public void add(RegionalMembership membership) {
        em.persist(membership);
        em.flush();
    }
}
