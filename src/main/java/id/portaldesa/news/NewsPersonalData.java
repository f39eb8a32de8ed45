package id.portaldesa.news;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * News keeps one thing about a person: which articles their staff account wrote (its id). The export
 * lists them ("articles I wrote"). Erasure keeps the articles (they are the village's) with the id
 * only; the account's name becomes a pseudonym in the account itself, and the villages whose public
 * articles named the author are announced as changed, so no page or cache keeps showing the old name.
 */
@ApplicationScoped
public class NewsPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageChanges changes;

    @Override
    public String section() {
        return "newsArticles";
    }

    @Override
    public Object export(DataSubject subject) {
        List<Article> written = em.createQuery(
                        "select e from Article e where e.authorAccountId = :a order by e.villageId, e.createdAt",
                        Article.class)
                .setParameter("a", subject.accountId())
                .getResultList();
        if (written.isEmpty()) {
            return null;
        }
        return written.stream()
                .map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("villageId", a.getVillageId());
                    row.put("title", a.getTitle());
                    row.put("slug", a.getSlug());
                    row.put("status", a.getStatus().name());
                    row.put("createdAt", a.getCreatedAt());
                    row.put("publishedAt", a.getPublishedAt());
                    return (Object) row;
                })
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        Set<Long> villages = new TreeSet<>(em.createQuery(
                        "select distinct e.villageId from Article e where e.authorAccountId = :a and e.status = :p",
                        Long.class)
                .setParameter("a", subject.accountId())
                .setParameter("p", ArticleStatus.PUBLISHED)
                .getResultList());
        villages.forEach(v -> changes.record(v, NewsService.FEATURE + ".author"));
    }
}
