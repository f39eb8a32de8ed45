package id.portaldesa.shared.seams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every {@link HeadLinkSource}'s links for the current village, in a stable order. */
@Named
@RequestScoped
public class HeadLinks {

    @Inject
    @Any
    Instance<HeadLinkSource> sources;

    private List<HeadLink> links;

    public List<HeadLink> getAll() {
        if (links == null) {
            List<HeadLink> all = new ArrayList<>();
            sources.forEach(s -> all.addAll(s.links()));
            all.sort(Comparator.comparing(HeadLink::viewId).thenComparing(HeadLink::rel));
            links = List.copyOf(all);
        }
        return links;
    }
}
