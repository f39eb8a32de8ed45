package id.portaldesa.it.container;

import id.portaldesa.participation.UnconfirmedComplaints;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test WAR only: {@code POST /_it/participation[?domain=true]} answers a fresh village with three
 * confirmed residents ({@link ParticipationFixtures}) as JSON; {@code ?action=payloads&village=…}
 * fills it with aspirations holding the body's lines; {@code ?action=unconfirmed&village=…&days=…}
 * runs the deletion of unconfirmed guest complaints as it would run that many days from now.
 */
@WebServlet(ParticipationFixtureServlet.PATH)
public class ParticipationFixtureServlet extends HttpServlet {

    public static final String PATH = "/_it/participation";

    @Inject
    ParticipationFixtures fixtures;

    @Inject
    UnconfirmedComplaints unconfirmed;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if ("unconfirmed".equals(request.getParameter("action"))) {
            int cleaned = unconfirmed.clean(
                    Long.parseLong(request.getParameter("village")),
                    Instant.now().plus(Duration.ofDays(Long.parseLong(request.getParameter("days")))));
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("cleaned", cleaned)
                            .build()
                            .toString());
            return;
        }
        if ("payloads".equals(request.getParameter("action"))) {
            List<String> texts = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            JsonArrayBuilder ids = Json.createArrayBuilder();
            fixtures.withPayloads(
                            Long.parseLong(request.getParameter("village")),
                            request.getParameter("admin"),
                            request.getParameter("official"),
                            request.getParameter("resident"),
                            texts)
                    .forEach(ids::add);
            response.getWriter()
                    .write(Json.createObjectBuilder().add("ids", ids).build().toString());
            return;
        }
        ParticipationFixtures.ParticipationVillage pv = fixtures.create("true".equals(request.getParameter("domain")));
        FreshVillages.FreshVillage v = pv.village();
        JsonArrayBuilder residents = Json.createArrayBuilder();
        pv.residents().forEach(residents::add);
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("id", v.id())
                        .add("code", v.code())
                        .add("slug", v.slug())
                        .add("name", v.name())
                        .add("adminEmail", v.adminEmail())
                        .add("officialEmail", v.officialEmail())
                        .add("residentEmail", v.residentEmail())
                        .add("password", v.password())
                        .add("domain", v.domain())
                        .add("residents", residents)
                        .add("unconfirmed", pv.unconfirmed())
                        .build()
                        .toString());
    }
}
