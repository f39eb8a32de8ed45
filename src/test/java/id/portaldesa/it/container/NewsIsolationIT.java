package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.news.Article;
import id.portaldesa.news.ArticleForm;
import id.portaldesa.news.ArticleStatus;
import id.portaldesa.news.NewsService;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every action of the news service with another village's ids answers "not found" and changes
 * nothing; a visitor's reads of one village never return another's articles.
 */
@ExtendWith(ArquillianExtension.class)
class NewsIsolationIT {

    @Inject
    Fixtures fixtures;

    @Inject
    NewsService news;

    @Inject
    PublishedNews published;

    @Test
    void everyActionWithAnotherVillagesIdsIsNotFoundAndChangesNothing() {
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(b);
        long category = news.createCategory("Kategori B").getId();
        Article live = news.saveAndPublish(null, new ArticleForm("Berita B", null, null, "Isi B.", category));
        Article draft = news.save(null, new ArticleForm("Draf B", null, null, "Draf B.", null));

        VillageRef a = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        ArticleForm form = new ArticleForm("Ditimpa", null, null, "Ditimpa.", null);
        List<Executable> actions = List.of(
                () -> news.article(live.getId()),
                () -> news.save(live.getId(), form),
                () -> news.saveAndPublish(draft.getId(), form),
                () -> news.saveAndSchedule(draft.getId(), form, Instant.now().plusSeconds(3600)),
                () -> news.publish(draft.getId()),
                () -> news.schedule(draft.getId(), Instant.now().plusSeconds(3600)),
                () -> news.unpublish(live.getId()),
                () -> news.delete(live.getId()),
                () -> news.cover(live.getId(), null),
                () -> news.save(null, new ArticleForm("Ke kategori B", null, null, "x", category)),
                () -> news.renameCategory(category, "Diganti"),
                () -> news.deleteCategory(category));
        for (Executable action : actions) {
            assertThrows(NotFoundException.class, action);
        }
        assertEquals(0, news.articles(PageRequest.first(50), Optional.empty()).total(), "A sees none of B's");
        assertTrue(news.categories().isEmpty());
        assertTrue(published.article(a.id(), live.getSlug()).isEmpty());

        fixtures.actAsAdminOf(b);
        assertEquals("Berita B", news.article(live.getId()).getTitle());
        assertEquals(ArticleStatus.PUBLISHED, news.article(live.getId()).getStatus());
        assertEquals(ArticleStatus.DRAFT, news.article(draft.getId()).getStatus());
        assertEquals("Kategori B", news.categories().get(0).name());
        assertTrue(published.article(b.id(), live.getSlug()).isPresent());
    }

    @Test
    void someoneWithoutPublishNewsIsToldNothingExists() {
        VillageRef v = fixtures.freshVillage();
        fixtures.actAsAdminOf(v);
        Article live = news.saveAndPublish(null, new ArticleForm("Berita", null, null, "Isi.", null));
        fixtures.actAs(fixtures.staffOfCurrentVillage(
                id.portaldesa.account.Role.OFFICIAL, id.portaldesa.account.Position.KAUR, "Kaur"));
        assertThrows(NotFoundException.class, () -> news.article(live.getId()));
        assertThrows(NotFoundException.class, () -> news.unpublish(live.getId()));
        assertThrows(NotFoundException.class, () -> news.createCategory("x"));
    }
}
