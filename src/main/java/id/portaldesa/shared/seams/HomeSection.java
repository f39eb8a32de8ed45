package id.portaldesa.shared.seams;

import java.util.Optional;

/**
 * One section of a village's home page (latest news, products, destinations, the contact card),
 * contributed by the feature that owns its data. The home page finds every section through CDI
 * ({@link HomeSections}) and includes each fragment in {@link #order()}; no feature imports another.
 *
 * <p>The home page is the busiest page of a village and is kept rendered for anonymous visitors:
 * {@link #model()} must be cheap (memory or a cache), never a query per visitor.
 *
 * <p>Implement as an {@code @ApplicationScoped} bean of the feature.
 */
public interface HomeSection {

    /** Smaller first: 100 services, 200 news, 300 products, 400 destinations, 900 contact. */
    int order();

    /** The message key of the section's heading, e.g. {@code news.home.title}. */
    String titleKey();

    /**
     * The Facelets fragment that renders the section's body, kept out of reach of visitors under
     * {@code /WEB-INF/sections/<feature>/}, e.g. {@code /WEB-INF/sections/news/latest.xhtml}. It reads
     * its data as {@code #{model}} (a record's
     * components by their accessors, {@code #{model.name()}}: Faces 4.0's EL has no record properties).
     */
    String fragment();

    /** The section's data for the current village; empty when it has nothing to show (then it is left out). */
    Optional<?> model();
}
