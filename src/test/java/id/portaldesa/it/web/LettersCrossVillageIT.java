package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every letters page, file and API of village A, tried by village B's resident and staff with A's
 * ids and with their own village's addresses, by slug and by A's own domain: nothing seen (404),
 * exactly like an id that does not exist; the same for another resident of A.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LettersCrossVillageIT {

    @Test
    void villageBsPeopleSeeNothingOfVillageAsRequests() {
        LetterTestVillages.Village a = LetterTestVillages.createWithDomain();
        LetterTestVillages.Village b = LetterTestVillages.create();
        Http residentA = a.as(a.residentEmail());
        LetterFlows.Submitted request = LetterFlows.submitSkd(residentA, a.prefix(), "Rahasia A");
        String pdfA = "/public/letters/berkas/surat/" + request.id();
        String scanA = request.scanAddress().substring(a.prefix().length());

        // A's own resident reaches all of it, by slug and by domain.
        assertEquals(200, residentA.get(request.statusAddress()).status());
        assertEquals(200, residentA.get(request.scanAddress()).status());
        DomainSession residentAByDomain = a.byDomainAs(a.residentEmail());
        assertEquals(
                200,
                residentAByDomain
                        .get("/surat/permohonan/" + request.reference())
                        .status());
        assertEquals(200, residentAByDomain.get(scanA).status());
        assertEquals(
                200,
                residentAByDomain
                        .get("/api/v1/surat/permohonan/" + request.reference())
                        .status());

        // B's resident and operator, in A and with A's ids in B.
        for (Http stranger : List.of(b.as(b.residentEmail()), b.as(b.operatorEmail()), b.as(b.headEmail()))) {
            for (String path : List.of(
                    a.prefix() + "/surat/permohonan/" + request.reference(),
                    a.prefix() + "/surat/draf?id=" + request.id(),
                    a.prefix() + "/surat/saya",
                    a.prefix() + "/kantor/surat",
                    a.prefix() + "/kantor/surat/permohonan?id=" + request.id(),
                    a.prefix() + "/kantor/surat/agenda",
                    a.prefix() + "/kantor/surat/cetak?id=" + request.id(),
                    a.prefix() + "/kantor/surat/loket",
                    a.prefix() + "/kantor/surat/jenis",
                    request.scanAddress(),
                    a.prefix() + pdfA,
                    a.prefix() + "/api/v1/surat/permohonan/" + request.reference(),
                    b.prefix() + "/surat/permohonan/" + request.reference(),
                    b.prefix() + "/surat/draf?id=" + request.id(),
                    b.prefix() + "/kantor/surat/permohonan?id=" + request.id(),
                    b.prefix() + "/kantor/surat/cetak?id=" + request.id(),
                    b.prefix() + scanA,
                    b.prefix() + pdfA,
                    b.prefix() + "/public/letters/berkas/jenis/SKD.json",
                    b.prefix() + "/api/v1/surat/permohonan/" + request.reference())) {
                Http.Page page = stranger.get(path);
                assertEquals(404, page.status(), path);
                assertFalse(page.body().contains("Rahasia A"), path);
            }
        }

        // By A's domain, B's people (logged in there with their own accounts, where the portal lets
        // them) see nothing either: a 404, or the login page's redirect, and never A's data.
        for (String who : List.of(b.residentEmail(), b.operatorEmail(), b.headEmail())) {
            DomainSession byDomain = new DomainSession(a.base().domain());
            byDomain.login(who, b.password());
            for (String path : List.of(
                    "/surat/permohonan/" + request.reference(),
                    "/surat/draf?id=" + request.id(),
                    "/kantor/surat/permohonan?id=" + request.id(),
                    scanA,
                    pdfA,
                    "/api/v1/surat/permohonan/" + request.reference())) {
                DomainSession.Answer answer = byDomain.get(path);
                int status = answer.status();
                assertTrue(
                        status == 404
                                || status == 401
                                || (status / 100 == 3 && answer.location().contains("/masuk")),
                        path + " answered " + status + " " + answer.location());
                assertFalse(answer.body().contains("Rahasia A"), path);
            }
        }

        // Visitors (another resident's case is LettersServiceIT's: it needs a second resident of A).
        assertEquals(
                401, new Http().get(a.prefix() + "/api/v1/surat/permohonan").status());
        assertEquals(404, new Http().get(request.scanAddress()).status(), "a visitor gets no scan");
        assertEquals(404, new Http().get(a.prefix() + pdfA).status());
    }

    @Test
    void aForgedPostWithAnotherVillagesRequestMovesNothing() {
        LetterTestVillages.Village a = LetterTestVillages.create();
        LetterTestVillages.Village b = LetterTestVillages.create();
        Http residentA = a.as(a.residentEmail());
        LetterFlows.Submitted requestA = LetterFlows.submitSkd(residentA, a.prefix(), "Milik A");
        LetterFlows.Submitted requestB = LetterFlows.submitSkd(b.as(b.residentEmail()), b.prefix(), "Milik B");

        // B's operator takes the form of B's own request and posts it with A's id, in the address and
        // in the fields: the action applies to the request the form was made for, B's, never to A's.
        Http operatorB = b.as(b.operatorEmail());
        Http.Page own = operatorB.get(b.prefix() + "/kantor/surat/permohonan?id=" + requestB.id());
        Element form = own.html().getElementById("act");
        assertTrue(form != null && form.getElementById("act:reject") != null, own.text());
        Map<String, String> forged = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> forged.put(i.attr("name"), i.val()));
        forged.put("act:note", "Dipalsukan oleh B");
        forged.put("act:reject", "x");
        forged.put("id", requestA.id());
        String action = URI.create(own.url()).resolve(form.attr("action")).toString();
        String forgedAddress = action.contains("id=")
                ? action.replace("id=" + requestB.id(), "id=" + requestA.id())
                : action + "?id=" + requestA.id();
        Http.Page answer = operatorB.post(forgedAddress, forged);
        assertFalse(answer.body().contains("Milik A"), "nothing of A shown: " + answer.text());
        Http.Page stillOwn = operatorB.get(b.prefix() + "/kantor/surat/permohonan?id=" + requestB.id());
        assertTrue(
                LettersWorkflowIT.text(stillOwn, "state").contains("Ditolak"), "the post did act: " + stillOwn.text());

        Http.Page statusA = residentA.get(requestA.statusAddress());
        assertTrue(LettersWorkflowIT.text(statusA, "state").contains("Diajukan"), statusA.text());
        assertFalse(statusA.text().contains("Dipalsukan"), "no step recorded on A's request: " + statusA.text());
        Http.Page inboxA = a.as(a.operatorEmail()).get(a.prefix() + "/kantor/surat");
        assertTrue(inboxA.text().contains(requestA.reference()), "A's request still waits for A's operator");
    }

    @Test
    void aLetterTheVillageDoesNotOfferIsNotFoundAndTheCatalogueAnswersByDomain() {
        LetterTestVillages.Village a = LetterTestVillages.createWithDomain();
        assertEquals(404, new Http().get(a.prefix() + "/surat/jenis/SPIK").status(), "shipped but not enabled");
        assertEquals(404, new Http().get(a.prefix() + "/surat/jenis/TIDAKADA").status());
        assertEquals(200, new Http().get(a.prefix() + "/surat/jenis/SKD").status());
        Http.Page byDomain = a.base().visitorByDomain().get("/surat");
        assertEquals(200, byDomain.status());
        assertTrue(byDomain.text().contains("Surat Keterangan Domisili"), byDomain.text());
        assertEquals(404, new Http().get("/surat").status(), "the platform has no catalogue");
    }

    @Test
    void theApiListsOnlyTheResidentsOwnRequestsAndIsInTheOpenApiDocument() {
        LetterTestVillages.Village a = LetterTestVillages.create();
        Http resident = a.as(a.residentEmail());
        LetterFlows.Submitted request = LetterFlows.submitSkd(resident, a.prefix(), "API");
        Http.Page list = resident.get(a.prefix() + "/api/v1/surat/permohonan?hal=1&ukuran=5");
        assertEquals(200, list.status(), list.body());
        assertTrue(list.header("Content-Type").startsWith("application/json"));
        assertTrue(list.body().contains("\"reference\":\"" + request.reference() + "\""), list.body());
        Http.Page one = resident.get(a.prefix() + "/api/v1/surat/permohonan/" + request.reference());
        assertTrue(one.body().contains("\"state\":\"SUBMITTED\""), one.body());
        // A forged page number: a clear 400, not a 500 from an overflowed offset or the driver's limit.
        for (String hal : List.of("2147483647", "100001")) {
            Http.Page far = resident.get(a.prefix() + "/api/v1/surat/permohonan?hal=" + hal + "&ukuran=100");
            assertEquals(400, far.status(), hal + ": " + far.body());
        }
        Http.Page document = new Http().get("/openapi");
        assertTrue(document.body().contains("/api/v1/surat/permohonan"), "in the OpenAPI document");
    }
}
