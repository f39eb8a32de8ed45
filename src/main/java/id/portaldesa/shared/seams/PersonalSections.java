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

/** Every {@link PersonalSection} of a person's own page, in order, with its data for that person. */
@Named
@RequestScoped
public class PersonalSections {

    /** A section as the page renders it. */
    public record Shown(String id, String titleKey, String fragment, Object model, PersonalSection.Place place) {}

    @Inject
    @Any
    Instance<PersonalSection> sections;

    private List<Shown> residentHome;
    private List<Shown> officeHome;

    public List<Shown> getResidentHome() {
        if (residentHome == null) {
            residentHome = arrange(sections, PersonalSection.Place.RESIDENT_HOME);
        }
        return residentHome;
    }

    public List<Shown> getOfficeHome() {
        if (officeHome == null) {
            officeHome = arrange(sections, PersonalSection.Place.OFFICE_HOME);
        }
        return officeHome;
    }

    /** The sections of one place, in order (ties by fragment), without those that have nothing. */
    public static List<Shown> arrange(Iterable<? extends PersonalSection> all, PersonalSection.Place place) {
        List<PersonalSection> sorted = new ArrayList<>();
        all.forEach(section -> {
            if (section.places().contains(place)) {
                sorted.add(section);
            }
        });
        sorted.sort(Comparator.comparingInt(PersonalSection::order).thenComparing(PersonalSection::fragment));
        List<Shown> shown = new ArrayList<>();
        for (PersonalSection section : sorted) {
            Optional<?> model = section.model(place);
            model.ifPresent(m -> shown.add(new Shown(idOf(section), section.titleKey(), section.fragment(), m, place)));
        }
        return List.copyOf(shown);
    }

    /** {@code /WEB-INF/sections/letters/mine.xhtml} → {@code personal-letters-mine}. */
    static String idOf(PersonalSection section) {
        String path = section.fragment().replaceFirst("^/WEB-INF/sections/", "").replaceFirst("\\.xhtml$", "");
        return "personal-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
