package id.portaldesa.village;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base of every repository of village-owned records. Each lookup is filtered by the current village,
 * so an id of another village behaves exactly like an id that does not exist.
 */
public abstract class VillageScopedRepository<T extends VillageOwned> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected CurrentVillage currentVillage;

    private final Class<T> type;

    protected VillageScopedRepository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(long id) {
        return em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e.id = :id and e.villageId = :village",
                        type)
                .setParameter("id", id)
                .setParameter("village", currentVillage.id())
                .getResultStream()
                .findFirst();
    }

    public T require(long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    public void add(T entity) {
        if (!entity.belongsTo(currentVillage.id())) {
            throw new NotFoundException();
        }
        em.persist(entity);
    }

    /**
     * Locks the current village's row until the transaction ends. Changes that must each see what the
     * other left (the last admin of a village) take it first and so run one after the other, on one
     * node or many, whatever rows they touch.
     */
    protected void lockVillage() {
        em.createNativeQuery("select id from village where id = ? for update")
                .setParameter(1, currentVillage.id())
                .getResultList();
    }

    /** A query whose JPQL has {@code e.villageId = :village}; the village is bound here. */
    protected TypedQuery<T> scoped(String jpql) {
        return scoped(jpql, type);
    }

    /** The same for a query whose result is not the entity itself (counts, projections). */
    protected <R> TypedQuery<R> scoped(String jpql, Class<R> resultType) {
        if (!jpql.contains(":village")) {
            throw new IllegalArgumentException("Village-owned queries must filter on :village: " + jpql);
        }
        return em.createQuery(jpql, resultType).setParameter("village", currentVillage.id());
    }

    /**
     * One page of a village-owned list, sorted and counted in the database.
     *
     * @param from the JPQL after {@code select e}: {@code "from Resident e where e.villageId = :village"};
     *     when the request has a search text, the parameter {@code :search} holds its LIKE pattern
     * @param parameters further named parameters of {@code from}
     */
    protected Slice<T> page(String from, Sorting sorting, PageRequest request, Map<String, Object> parameters) {
        TypedQuery<T> rows = scoped("select e " + from + sorting.orderBy(request));
        TypedQuery<Long> count = scoped("select count(e) " + from, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (from.contains(":search")) {
            String pattern = request.searchPattern().orElse("%");
            rows.setParameter("search", pattern);
            count.setParameter("search", pattern);
        }
        List<T> items = rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Slice<>(items, count.getSingleResult(), request);
    }

    protected long village() {
        return currentVillage.id();
    }
}
