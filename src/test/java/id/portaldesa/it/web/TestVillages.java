package id.portaldesa.it.web;

import id.portaldesa.it.container.FreshVillageServlet;
import java.util.Map;

/**
 * Fresh villages for HTTP and browser tests, made by the suite deployment's test-only entry point
 * ({@link FreshVillageServlet}), so no test changes the demo villages people try the portal with.
 */
public final class TestVillages {

    /** A fresh village: its address prefix is {@code "/" + slug}; every account has {@code password}. */
    public record Village(
            long id,
            String code,
            String slug,
            String name,
            String adminEmail,
            String officialEmail,
            String residentEmail,
            String password,
            String domain) {

        /** The village's path prefix, e.g. {@code /lampuuk} */
        public String prefix() {
            return "/" + slug;
        }

        /** A visitor reaching the village by its own domain (only for {@link #createWithDomain()}). */
        public Http visitorByDomain() {
            if (domain.isEmpty()) {
                throw new IllegalStateException("This village has no domain: use TestVillages.createWithDomain()");
            }
            return new Http(Http.BASE, "Host", domain);
        }
    }

    private TestVillages() {}

    public static Village create() {
        return create(false);
    }

    /** A fresh village that also answers on its own domain, {@code <slug>.desa.test} (Host header). */
    public static Village createWithDomain() {
        return create(true);
    }

    private static Village create(boolean withDomain) {
        Map<String, Object> fields = TestEndpoints.post(FreshVillageServlet.PATH + (withDomain ? "?domain=true" : ""));
        return new Village(
                Long.parseLong(TestEndpoints.text(fields, "id")),
                TestEndpoints.text(fields, "code"),
                TestEndpoints.text(fields, "slug"),
                TestEndpoints.text(fields, "name"),
                TestEndpoints.text(fields, "adminEmail"),
                TestEndpoints.text(fields, "officialEmail"),
                TestEndpoints.text(fields, "residentEmail"),
                TestEndpoints.text(fields, "password"),
                String.valueOf(fields.getOrDefault("domain", "")));
    }
}
