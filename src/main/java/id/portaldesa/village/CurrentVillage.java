package id.portaldesa.village;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.persistence.VillageScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The village the current request was resolved to by {@link TenantFilter}, or none for platform
 * requests. The only source of "which village" for pages, services and repositories.
 */
@Named("village")
@RequestScoped
public class CurrentVillage implements VillageScope {

    static final String ATTRIBUTE = CurrentVillage.class.getName();
    public static final String PREFIX_ATTRIBUTE = CurrentVillage.class.getName() + ".prefix";

    @Inject
    HttpServletRequest request;

    private VillageRef override;

    public Optional<VillageRef> get() {
        if (override != null) {
            return Optional.of(override);
        }
        return Optional.ofNullable((VillageRef) request.getAttribute(ATTRIBUTE));
    }

    /** The village, or 404 for a request that has none. */
    public VillageRef require() {
        return get().orElseThrow(NotFoundException::new);
    }

    /** For pages that exist only within a village: 404 on the platform. */
    public void check() {
        require();
    }

    public long id() {
        return require().id();
    }

    @Override
    public long villageId() {
        return id();
    }

    public boolean isPresent() {
        return get().isPresent();
    }

    /** For EL: the village of this request, or null on platform pages. */
    public VillageRef getRef() {
        return get().orElse(null);
    }

    /** {@code "/kungkai"} when the village was chosen by path, empty on its own domain or the platform. */
    public String getPathPrefix() {
        Object prefix = request.getAttribute(PREFIX_ATTRIBUTE);
        return prefix == null ? "" : (String) prefix;
    }

    /**
     * Work outside a web request of the village (startup jobs, tests) acts for one village
     * explicitly; this never comes from anything the visitor sent.
     */
    public void actFor(VillageRef village) {
        this.override = village;
    }

    /**
     * Runs work for another village inside a request (the platform onboarding a village), then
     * returns the request to the village it had, so the page that follows renders for it.
     */
    public <T> T within(VillageRef village, Supplier<T> work) {
        VillageRef previous = override;
        override = village;
        try {
            return work.get();
        } finally {
            override = previous;
        }
    }
}
