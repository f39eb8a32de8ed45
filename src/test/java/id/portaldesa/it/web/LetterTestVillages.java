package id.portaldesa.it.web;

import id.portaldesa.it.container.LetterVillageServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fresh villages ready for letters, from the suite deployment's {@link LetterVillageServlet}. */
final class LetterTestVillages {

    /** A village with its admin, sekdes, kades, operator and confirmed resident; one password for all. */
    record Village(TestVillages.Village base, String headEmail, String operatorEmail) {
        String prefix() {
            return base.prefix();
        }

        String password() {
            return base.password();
        }

        String residentEmail() {
            return base.residentEmail();
        }

        String secretaryEmail() {
            return base.officialEmail();
        }

        String adminEmail() {
            return base.adminEmail();
        }

        Http as(String email) {
            Http http = new Http();
            Http.Page landing = http.login(prefix(), email, password());
            if (landing.url().endsWith("/masuk")) {
                throw new AssertionError("Could not log in as " + email + ": " + landing.text());
            }
            return http;
        }

        /** Logged in on the village's own domain (see {@link DomainSession}). */
        DomainSession byDomainAs(String email) {
            DomainSession session = new DomainSession(base.domain());
            if (!session.login(email, password())) {
                throw new AssertionError("Could not log in by domain as " + email);
            }
            return session;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");

    private LetterTestVillages() {}

    static Village create() {
        return create(false);
    }

    static Village createWithDomain() {
        return create(true);
    }

    private static Village create(boolean withDomain) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Http.BASE + LetterVillageServlet.PATH + (withDomain ? "?domain=true" : "")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("The fixture entry point did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError("No letters village: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(answer.body());
        while (m.find()) {
            f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return new Village(
                new TestVillages.Village(
                        Long.parseLong(f.get("id")),
                        f.get("code"),
                        f.get("slug"),
                        f.get("name"),
                        f.get("adminEmail"),
                        f.get("officialEmail"),
                        f.get("residentEmail"),
                        f.get("password"),
                        f.getOrDefault("domain", "")),
                f.get("headEmail"),
                f.get("operatorEmail"));
    }
}
