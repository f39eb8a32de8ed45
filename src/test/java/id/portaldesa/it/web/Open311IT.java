package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * Open311 GeoReport v2 against the running server, with the specification's own example requests and
 * responses as fixtures ({@code src/test/resources/open311}): every answer has the elements the
 * specification's example has, in XML and in JSON; the example POST is sent as it is written (its
 * jurisdiction, service code and key are refused in the errors format) and then with this village's;
 * a guest's request waits for the email confirmation; without a key only published stories are
 * requests, with the village's key its complaints, never another village's, by slug and by domain.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class Open311IT {

    @BeforeAll
    static void mail() {
        Mailbox.start();
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = Open311IT.class.getResourceAsStream("/open311/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The spec's JSON examples write 001; JSON has no leading zeros, so such numbers are read as strings. */
    @SuppressWarnings("unchecked")
    static Object json(String text) {
        return new Json()
                .toType(text.replaceAll("(\"[a-z_]+\"\\s*:\\s*)(0\\d+)(\\s*[,}\\n])", "$1\"$2\"$3"), Object.class);
    }

    @SuppressWarnings("unchecked")
    static Set<String> keysOfFirst(Object json) {
        Object first = json instanceof List<?> l ? l.get(0) : json;
        return new LinkedHashSet<>(((Map<String, Object>) first).keySet());
    }

    static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    static Set<String> childNames(Element e) {
        Set<String> names = new LinkedHashSet<>();
        e.children().forEach(c -> names.add(c.tagName()));
        return names;
    }

    record Answer(int status, String body, String type) {}

    static Answer get(String url, String... host) {
        return send(HttpRequest.newBuilder(URI.create(Http.BASE + url)).GET(), host);
    }

    static Answer post(String url, String form, String... host) {
        return send(
                HttpRequest.newBuilder(URI.create(Http.BASE + url))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                host);
    }

    private static Answer send(HttpRequest.Builder request, String... host) {
        request.header("X-Forwarded-For", Http.freshAddress());
        if (host.length > 0) {
            request.setHeader("Host", host[0]);
        }
        try {
            HttpResponse<String> r = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String issueKey(ParticipationVillages.Village v) {
        Http admin = v.as(v.base().adminEmail());
        Http.Page page = admin.get(v.prefix() + "/kantor/partisipasi/kunci");
        assertEquals(200, page.status(), page.text());
        Http.Page issued = admin.submit(page, "issue", Map.of("label", "Aplikasi kecamatan"), "go");
        Element key = issued.html().getElementById("issued");
        assertNotNull(key, issued.text());
        return key.text();
    }

    static void assertError(Answer a, int status, String format) throws Exception {
        assertEquals(status, a.status(), a.body());
        if (format.equals("json")) {
            assertEquals(keysOfFirst(json(fixture("errors.json"))), keysOfFirst(json(a.body())), a.body());
        } else {
            Element expected = xml(fixture("errors.xml")).selectFirst("errors > error");
            Element got = xml(a.body()).selectFirst("errors > error");
            assertNotNull(got, a.body());
            assertEquals(childNames(expected), childNames(got), a.body());
            assertEquals(String.valueOf(status), got.selectFirst("code").text());
        }
    }

    @Test
    void theSpecificationsExamplesAgainstAVillage() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.createWithDomain();
        String base = v.prefix() + "/open311/v2";
        String key = issueKey(v);

        // Discovery, services and a service definition: the spec's elements, in both formats.
        Answer discovery = get(base + "/discovery.json");
        assertEquals(200, discovery.status(), discovery.body());
        assertTrue(discovery.body().contains("http://wiki.open311.org/GeoReport_v2"), discovery.body());
        Answer services = get(base + "/services.json");
        assertEquals(200, services.status(), services.body());
        assertTrue(services.type().startsWith("application/json"), services.type());
        assertEquals(keysOfFirst(json(fixture("services.json"))), keysOfFirst(json(services.body())));
        Answer servicesXml = get(base + "/services.xml");
        assertTrue(servicesXml.type().startsWith("text/xml"), servicesXml.type());
        assertTrue(servicesXml.body().startsWith("<?xml"), servicesXml.body());
        assertEquals(
                childNames(xml(fixture("services.xml")).selectFirst("services > service")),
                childNames(xml(servicesXml.body()).selectFirst("services > service")));
        Answer definition = get(base + "/services/INFRASTRUCTURE.json");
        assertEquals(200, definition.status(), definition.body());
        assertEquals(keysOfFirst(json(fixture("service_definition.json"))), keysOfFirst(json(definition.body())));
        Element expectedAttribute = xml(fixture("service_definition.xml")).selectFirst("attributes > attribute");
        Element attribute =
                xml(get(base + "/services/INFRASTRUCTURE.xml").body()).selectFirst("attributes > attribute");
        assertEquals(childNames(expectedAttribute), childNames(attribute));
        assertEquals(
                childNames(expectedAttribute.selectFirst("values > value")),
                childNames(attribute.selectFirst("values > value")));
        assertError(get(base + "/services/001.json"), 404, "json");

        // The spec's example POST as written: another jurisdiction, a key and a code this village never gave.
        String example = fixture("post_request.http").split("\n\n", 2)[1].strip();
        assertError(post(base + "/requests.xml", example), 404, "xml");
        String here = example.replace(
                "jurisdiction_id=city.gov", "jurisdiction_id=" + v.base().slug());
        assertError(post(base + "/requests.xml", here), 403, "xml");
        String keyed = here.replace("api_key=xyz", "api_key=" + key);
        assertError(post(base + "/requests.json", keyed), 404, "json");
        String email = "open311-" + System.nanoTime() + "@contoh.test";
        String ours = keyed.replace("service_code=001", "service_code=INFRASTRUCTURE")
                .replace("smit333%40sfgov.edu", email.replace("@", "%40"))
                .replace("lat=37.76524078&long=-122.4212043", "lat=-3.2950&long=116.1700");
        assertError(
                post(base + "/requests.json", ours.replaceAll("description=[^&]*", "description=" + "x".repeat(4001))),
                400,
                "json");
        Answer created = post(base + "/requests.json", ours);
        assertEquals(200, created.status(), created.body());
        Set<String> postFields = keysOfFirst(json(fixture("post_request_response.json")));
        postFields.add("token"); // the spec's alternative to service_request_id, for a request that waits
        Set<String> createdFields = keysOfFirst(json(created.body()));
        assertTrue(postFields.containsAll(createdFields), createdFields + " within " + postFields);
        @SuppressWarnings("unchecked")
        String token = (String) ((Map<String, Object>) ((List<?>) json(created.body())).get(0)).get("token");

        // Before the email confirmation: the token has no request id, and the key's list lacks it.
        Answer waiting = get(base + "/tokens/" + token + ".json");
        assertEquals(200, waiting.status(), waiting.body());
        assertFalse(waiting.body().contains("service_request_id"), waiting.body());
        ComplaintsIT.confirm(ComplaintsIT.awaitMailLink(email, "/pengaduan/konfirmasi"), v);
        Answer confirmed = get(base + "/tokens/" + token + ".json");
        assertEquals(keysOfFirst(json(fixture("token.json"))), keysOfFirst(json(confirmed.body())), confirmed.body());
        Element tokenXml =
                xml(get(base + "/tokens/" + token + ".xml").body()).selectFirst("service_requests > request");
        assertEquals(
                childNames(xml(fixture("token.xml")).selectFirst("service_requests > request")), childNames(tokenXml));
        String id = tokenXml.selectFirst("service_request_id").text();

        // With the key: the village's complaints, the spec's request elements, its filters.
        Answer list = get(base + "/requests.json?api_key=" + key);
        assertEquals(200, list.status(), list.body());
        assertEquals(keysOfFirst(json(fixture("requests.json"))), keysOfFirst(json(list.body())));
        assertTrue(list.body().contains("sinkhole"), list.body());
        Element one = xml(get(base + "/requests/" + id + ".xml?api_key=" + key).body())
                .selectFirst("service_requests > request");
        assertNotNull(one);
        assertEquals(
                childNames(xml(fixture("request.xml")).selectFirst("service_requests > request")), childNames(one));
        assertEquals("open", one.selectFirst("status").text());
        assertTrue(get(base + "/requests.json?api_key=" + key + "&status=open")
                .body()
                .contains("sinkhole"));
        assertFalse(get(base + "/requests.json?api_key=" + key + "&status=closed")
                .body()
                .contains("sinkhole"));
        assertFalse(get(base + "/requests.json?api_key=" + key + "&service_code=HEALTH")
                .body()
                .contains("sinkhole"));
        assertFalse(get(base + "/requests.json?api_key=" + key + "&start_date=2099-01-01T00:00:00Z")
                .body()
                .contains("sinkhole"));
        assertTrue(
                get(base + "/requests.json?api_key=" + key + "&service_request_id=" + id + "&status=closed")
                        .body()
                        .contains("sinkhole"),
                "the id overrides the filters");
        assertError(get(base + "/requests.json?api_key=" + key + "&status=maybe"), 400, "json");
        assertError(get(base + "/requests.json?api_key=wrong" + key), 403, "json");

        // Without a key: nothing of a complaint that is not a published story.
        assertEquals("[]", get(base + "/requests.json").body().strip());
        assertError(get(base + "/requests/" + id + ".json"), 404, "json");

        // By the village's own domain the same; another village (its key, its address) sees nothing.
        String domain = v.base().domain();
        assertTrue(
                get("/open311/v2/requests.json?api_key=" + key, domain).body().contains("sinkhole"));
        ParticipationVillages.Village other = ParticipationVillages.createWithDomain();
        String otherKey = issueKey(other);
        String otherBase = other.prefix() + "/open311/v2";
        assertError(get(otherBase + "/requests.json?api_key=" + key), 403, "json");
        assertError(get(otherBase + "/requests/" + id + ".json?api_key=" + otherKey), 404, "json");
        assertError(
                get(
                        "/open311/v2/requests/" + id + ".json?api_key=" + otherKey,
                        other.base().domain()),
                404,
                "json");
        assertError(get(otherBase + "/services.json?jurisdiction_id=" + v.base().slug()), 404, "json");
        assertError(get(otherBase + "/tokens/" + token + ".json"), 404, "json");
        assertEquals(404, get("/open311/v2/services.json").status(), "the platform has no Open311");

        // Documented in the OpenAPI document.
        Answer openapi = get("/openapi");
        assertTrue(openapi.body().contains("/open311/v2/requests"), "OpenAPI: " + openapi.status());

        // The admin revokes the key: refused from then on.
        Http admin = v.as(v.base().adminEmail());
        Http.Page keys = admin.get(v.prefix() + "/kantor/partisipasi/kunci");
        List<Element> forms = new ArrayList<>(keys.html().select("form[id$=revoke]"));
        assertFalse(forms.isEmpty(), keys.text());
        admin.submit(keys, forms.get(0).id(), Map.of(), "go");
        assertError(get(base + "/requests.json?api_key=" + key), 403, "json");
    }
}
