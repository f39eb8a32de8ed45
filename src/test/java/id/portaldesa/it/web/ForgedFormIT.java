package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a page elsewhere makes a logged-in admin's browser post the invite
 * form. The post carries the admin's session cookie but not the view state of a page the admin
 * opened, so nothing happens.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForgedFormIT {

    static final String STAFF_PAGE = "/kungkai/kantor/staf";
    static final String EXPIRED = "Halaman sudah terlalu lama dibuka";

    @Test
    void aPostWithoutTheAdminsViewStateChangesNothing() {
        Http admin = new Http();
        admin.login("/kungkai", "admin@kungkai.test", CrossVillagePagesIT.PASSWORD);
        Http.Page staff = admin.get(STAFF_PAGE);
        assertEquals(200, staff.status());
        String ownViewState = staff.html()
                .selectFirst("#invite input[name=jakarta.faces.ViewState]")
                .val();

        // The attacker knows the field names (they are the same for everyone) and, at best, the view
        // state of a page in their own session.
        Http attacker = new Http();
        attacker.login("/sungai-kapas", "admin@sungai-kapas.test", CrossVillagePagesIT.PASSWORD);
        String attackersViewState = attacker.get("/sungai-kapas/kantor/staf")
                .html()
                .selectFirst("#invite input[name=jakarta.faces.ViewState]")
                .val();

        for (String forged : new String[] {null, "stateless", attackersViewState, "-1:-1"}) {
            String victim = Fixtures.email("dipalsukan");
            Http.Page answer = admin.post(STAFF_PAGE, invitation(victim, forged));
            assertEquals(200, answer.status(), "no error page for view state " + forged);
            if (forged != null) {
                // Without any view state the post is not even a form submission: the page just opens.
                assertTrue(answer.text().contains(EXPIRED), forged + ": " + answer.text());
            }
            assertFalse(admin.get(STAFF_PAGE).body().contains(victim), "forged invitation with view state " + forged);
        }

        // The same post with the admin's own view state is what the real page does, and it works.
        String invited = Fixtures.email("asli");
        admin.post(STAFF_PAGE, invitation(invited, ownViewState));
        assertTrue(admin.get(STAFF_PAGE).body().contains(invited), "the control post is accepted");
    }

    /** The invite form's fields as a page elsewhere would post them; no view state when null. */
    static Map<String, String> invitation(String email, String viewState) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("invite", "invite");
        data.put("invite:email", email);
        data.put("invite:role", "VILLAGE_ADMIN");
        data.put("invite:send", "x");
        if (viewState != null) {
            data.put("jakarta.faces.ViewState", viewState);
        }
        return data;
    }
}
