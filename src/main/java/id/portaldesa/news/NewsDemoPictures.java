package id.portaldesa.news;

import id.portaldesa.media.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Cover pictures for the demo articles, drawn with Java2D (no photo of anyone, no licence needed). */
@ApplicationScoped
public class NewsDemoPictures {

    /** Gives the demo article a cover picture. */
    void coverFor(Article article, int index) {
        long cover = media.store(new Upload("sampul-" + (index + 1) + ".jpg", DemoPicture.jpeg(index)))
                .id();
        news.cover(article.getId(), cover);
    }

    @Inject
    NewsMedia media;

    @Inject
    NewsService news;
}
