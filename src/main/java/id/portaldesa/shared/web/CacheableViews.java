package id.portaldesa.shared.web;

import java.util.Set;

/**
 * The pages of a feature that may be kept rendered for anonymous visitors. Each feature declares its
 * own in one {@code @ApplicationScoped} class; the anonymous page cache discovers them through CDI.
 *
 * <p>Only declare a view whose anonymous rendering depends on nothing but the village, the address
 * it was reached by, the language and the village's content revision: anything it shows must be
 * announced as a {@link id.portaldesa.shared.events.VillageContentChanged} when it changes.
 */
public interface CacheableViews {

    /** View ids such as {@code /public/site/home.xhtml}. */
    Set<String> viewIds();
}
