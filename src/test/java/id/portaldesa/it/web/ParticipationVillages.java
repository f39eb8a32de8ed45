package id.portaldesa.it.web;

import id.portaldesa.it.container.ParticipationFixtureServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** Fresh villages with three confirmed residents, from the suite deployment's {@link ParticipationFixtureServlet}. */
final class ParticipationVillages {

    /** The village, its three confirmed residents, and one the office has not confirmed yet. */
    record Village(TestVillages.Village base, List<String> residents, String unconfirmed) {
        String prefix() {
            return base.prefix();
        }

        Http as(String email) {
            Http http = new Http();
            Http.Page landing = http.login(prefix(), email, base.password());
            if (landing.url().endsWith("/masuk")) {
                throw new AssertionError("Could not log in as " + email + ": " + landing.text());
            }
            return http;
        }

        DomainSession byDomainAs(String email) {
            DomainSession session = new DomainSession(base.domain());
            if (!session.login(email, base.password())) {
                throw new AssertionError("Could not log in by domain as " + email);
            }
            return session;
        }
    }

    private ParticipationVillages() {}

    static Village create() {
        return create(false);
    }

    static Village createWithDomain() {
        return create(true);
    }

    @SuppressWarnings("unchecked")
    private static Village create(boolean withDomain) {
        Map<String, Object> f =
                TestEndpoints.post(ParticipationFixtureServlet.PATH + (withDomain ? "?domain=true" : ""));
        return new Village(
                new TestVillages.Village(
                        Long.parseLong(TestEndpoints.text(f, "id")),
                        TestEndpoints.text(f, "code"),
                        TestEndpoints.text(f, "slug"),
                        TestEndpoints.text(f, "name"),
                        TestEndpoints.text(f, "adminEmail"),
                        TestEndpoints.text(f, "officialEmail"),
                        TestEndpoints.text(f, "residentEmail"),
                        TestEndpoints.text(f, "password"),
                        String.valueOf(f.getOrDefault("domain", ""))),
                List.copyOf((List<String>) f.get("residents")),
                TestEndpoints.text(f, "unconfirmed"));
    }

    /** Published, answered aspirations holding the texts (three an aspiration); their ids. */
    @SuppressWarnings("unchecked")
    static List<Long> withPayloads(Village v, List<String> texts) throws Exception {
        String query = "?action=payloads&village=" + v.base().id() + "&admin="
                + TestEndpoints.enc(v.base().adminEmail())
                + "&official=" + TestEndpoints.enc(v.base().officialEmail()) + "&resident="
                + TestEndpoints.enc(v.base().residentEmail());
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Http.BASE + ParticipationFixtureServlet.PATH + query))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        String.join("\n", texts), StandardCharsets.UTF_8))
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .header("X-Forwarded-For", Http.freshAddress())
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new AssertionError("payloads: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, Object> read = new Json().toType(answer.body(), Map.class);
        return ((List<Number>) read.get("ids")).stream().map(Number::longValue).toList();
    }

    /** Runs the deletion of unconfirmed guest complaints of the village as it would run days from now. */
    @SuppressWarnings("unchecked")
    static int deleteUnconfirmed(Village v, int days) throws Exception {
        String query = "?action=unconfirmed&village=" + v.base().id() + "&days=" + days;
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Http.BASE + ParticipationFixtureServlet.PATH + query))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new AssertionError("unconfirmed: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, Object> read = new Json().toType(answer.body(), Map.class);
        return ((Number) read.get("cleaned")).intValue();
    }
}
