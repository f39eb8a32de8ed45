package id.portaldesa.it.container;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.news.Article;
import id.portaldesa.news.ArticleForm;
import id.portaldesa.news.NewsService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.pages.PageForm;
import id.portaldesa.site.pages.PageService;
import id.portaldesa.site.profile.OfficialForm;
import id.portaldesa.site.profile.ProfileDetails;
import id.portaldesa.site.profile.ProfileService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The XSS corpus typed by a village's admin into every text field of the website the services
 * accept: the site's tagline and address, the profile's texts, officials, pages, news categories,
 * articles (title, summary, text). Each item is saved on its own, so a payload a field refuses (a
 * validation message, as the admin would see) leaves the others in place; what was refused is
 * counted, never hidden.
 */
@ApplicationScoped
public class XssFixtures {

    /** What was made: the addresses to visit and how many items a field refused. */
    public record Made(
            List<String> articleSlugs,
            List<Long> articleIds,
            List<String> pageSlugs,
            List<Long> pageIds,
            int saved,
            int refused) {}

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    SiteService site;

    @Inject
    ProfileService profile;

    @Inject
    PageService pages;

    @Inject
    NewsService news;

    public Made fill(long villageId, String adminEmail, List<String> payloads) {
        currentVillage.actFor(directory.byId(villageId).orElseThrow());
        user.actAs(accounts.findByEmail(adminEmail).orElseThrow().getId());
        Tally tally = new Tally();
        String all = String.join("\n", payloads);
        tally.attempt(() -> {
            site.updateProfile(new SiteProfile(cut(all, 200), cut(all, 300), null, null, "#2e7d32"));
            return true;
        });
        tally.attempt(() -> {
            profile.updateDetails(new ProfileDetails(
                    cut(all, 600), all, all, all, null, null, null, null, null, null, cut(all, 300)));
            return true;
        });
        List<String> articleSlugs = new ArrayList<>();
        List<String> pageSlugs = new ArrayList<>();
        List<Long> articleIds = new ArrayList<>();
        List<Long> pageIds = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            String numbered = i + " " + p;
            tally.attempt(() -> profile.addOfficial(new OfficialForm(null, cut(numbered, 120), cut(p, 160))));
            Long category =
                    tally.attempt(() -> news.createCategory(cut(numbered, 60)).getId());
            Article article = tally.attempt(() -> news.saveAndPublish(
                    null, new ArticleForm(cut(numbered, 160), null, cut(p, 300), p + "\n\n" + p, category)));
            if (article != null) {
                articleSlugs.add(article.getSlug());
                articleIds.add(article.getId());
            }
            if (i % 4 == 0) {
                Long page = tally.attempt(() -> pages.create(new PageForm(cut(numbered, 160), p + "\n\n" + all)));
                if (page != null) {
                    pages.publish(page, true);
                    pageSlugs.add(pages.page(page).slug());
                    pageIds.add(page);
                }
            }
        }
        return new Made(articleSlugs, articleIds, pageSlugs, pageIds, tally.saved, tally.refused);
    }

    /** Counts what the fields took and what they refused. */
    private static final class Tally {
        int saved;
        int refused;

        <T> T attempt(Supplier<T> work) {
            try {
                T made = work.get();
                saved++;
                return made;
            } catch (RuntimeException refusal) {
                refused++;
                return null;
            }
        }
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
