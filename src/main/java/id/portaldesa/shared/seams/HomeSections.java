package id.portaldesa.shared.seams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Every {@link HomeSection} of every feature, in order, with its data for the current village. */
@Named
@RequestScoped
public class HomeSections {

    /** A section as the page renders it: an HTML id, its heading, its fragment and its data. */
    public record Shown(String id, String titleKey, String fragment, Object model) {}

    @Inject
    @Any
    Instance<HomeSection> sections;

    private List<Shown> shown;

    /** Asked once per request: each section's model is read once. */
    public List<Shown> getShown() {
        if (shown == null) {
            shown = arrange(sections);
        }
        return shown;
    }

    /** In order (ties by fragment, so the page never reshuffles), without sections that have nothing. */
    public static List<Shown> arrange(Iterable<? extends HomeSection> sections) {
        List<HomeSection> sorted = new ArrayList<>(
                StreamSupport.stream(sections.spliterator(), false).toList());
        sorted.sort(Comparator.comparingInt(HomeSection::order).thenComparing(HomeSection::fragment));
        List<Shown> result = new ArrayList<>();
        for (HomeSection section : sorted) {
            Optional<?> model = section.model();
            if (model.isPresent()) {
                result.add(new Shown(idOf(section), section.titleKey(), section.fragment(), model.get()));
            }
        }
        return List.copyOf(result);
    }

    /** {@code /WEB-INF/sections/site/contact.xhtml} → {@code section-site-contact}. */
    static String idOf(HomeSection section) {
        String fragment = section.fragment();
        String path = fragment.replaceFirst("^/WEB-INF/sections/", "").replaceFirst("\\.xhtml$", "");
        return "section-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
