package id.portaldesa.it.container;

import id.portaldesa.account.Invitation;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A village-owned list paged through the repository base, to test {@code page()} itself. */
@ApplicationScoped
public class InvitationPages extends VillageScopedRepository<Invitation> {

    static final Sorting SORTING = new Sorting(Map.of("email", "e.email"), "e.id");

    public InvitationPages() {
        super(Invitation.class);
    }

    public Slice<Invitation> page(PageRequest request) {
        return page(
                "from Invitation e where e.villageId = :village and lower(e.email) like :search",
                SORTING,
                request,
                Map.of());
    }
}
