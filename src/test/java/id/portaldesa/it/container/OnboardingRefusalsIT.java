package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.portaldesa.account.Role;
import id.portaldesa.platform.OnboardingService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way onboarding a village can be refused, each with its own answer, and none of them leaving
 * a village (or half of one) behind.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingRefusalsIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    OnboardingService onboarding;

    @Inject
    VillageService villages;

    @Inject
    PortalConfig config;

    /** The key of the refusal: a broken constraint's message or the BusinessException's key. */
    String refusal(String code, String slug, String domain, String email) {
        RuntimeException e =
                assertThrows(RuntimeException.class, () -> onboarding.onboard(code, slug, domain, email, null, ID));
        if (e instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations()
                    .iterator()
                    .next()
                    .getMessageTemplate()
                    .replaceAll("[{}]", "");
        }
        if (e instanceof NotFoundException) {
            return "not found";
        }
        return assertInstanceOf(BusinessException.class, e).getMessageKey();
    }

    @Test
    void eachRefusalHasItsAnswerAndLeavesNothingBehind() {
        fixtures.actAsPlatformAdmin();
        String code = fixtures.freshCodeIn("15.02");
        String slug = "uji-" + Fixtures.email("x").substring(2, 10);
        String email = Fixtures.email("admin");

        assertEquals("village.onboard.code.invalid", refusal("15.02.02", slug, null, email), "not a village code");
        assertEquals("village.onboard.code.invalid", refusal("kungkai", slug, null, email));
        assertEquals("village.onboard.code.unknown", refusal("15.02.02.9999", slug, null, email));
        assertEquals("village.slug.invalid", refusal(code, "Bukan Slug!", null, email));
        assertEquals("village.slug.invalid", refusal(code, "ab", null, email), "too short");
        assertEquals("village.slug.invalid", refusal(code, "masuk", null, email), "the platform's login address");
        assertEquals("village.slug.invalid", refusal(code, "platform", null, email), "reserved");
        assertEquals("village.slug.taken", refusal(code, "kungkai", null, email));
        assertEquals("village.domain.invalid", refusal(code, slug, "bukan domain", email));
        assertEquals("village.domain.invalid", refusal(code, slug, "-x.desa.id", email));
        String platformHost = config.baseUrl().getHost();
        assertEquals("village.domain.platform", refusal(code, slug, platformHost, email));
        assertEquals("village.domain.taken", refusal(code, slug, "kungkai.localhost", email));
        assertEquals("jakarta.validation.constraints.Email.message", refusal(code, slug, null, "bukan-surel"));
        assertFalse(villages.isOnboarded(code), "no refusal leaves the village online");
        assertFalse(villages.isSlugTaken(slug), "nor its slug taken");

        VillageRef online = onboarding.onboard(code, slug, null, email, null, ID);
        assertEquals("village.onboard.code.taken", refusal(code, slug + "-b", null, Fixtures.email("admin")));
        assertEquals(code, online.code());
    }

    @Test
    void onlyWhoMayOnboardInTheRegionMayAndOnlyThePlatformGivesDomains() {
        String code = fixtures.freshCodeIn("15.02");
        String slug = "uji-" + Fixtures.email("y").substring(2, 10);
        String email = Fixtures.email("admin");

        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, "15.03"));
        assertEquals("not found", refusal(code, slug, null, email), "a regency admin of another regency");
        fixtures.actAs(fixtures.regional(Role.REGENCY_VIEWER, "15.02"));
        assertEquals("not found", refusal(code, slug, null, email), "a viewer of the regency");
        fixtures.actAsAdminOf(fixtures.freshVillage());
        assertEquals("not found", refusal(code, slug, null, email), "a village admin");
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, "15.02"));
        assertEquals("village.domain.platformOnly", refusal(code, slug, slug + ".desa.id", email));
        assertFalse(villages.isOnboarded(code));

        VillageRef online = onboarding.onboard(code, slug, null, email, null, ID);
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, "15.03"));
        assertThrows(NotFoundException.class, () -> onboarding.suspend(online.id()), "another regency's admin");
        assertThrows(NotFoundException.class, () -> onboarding.reactivate(online.id()));
        assertThrows(NotFoundException.class, () -> onboarding.suspend(Long.MAX_VALUE), "an unknown village");
    }
}
