package id.portaldesa.it.container;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only, like {@link FreshVillageServlet}: {@code POST /_it/mail?do=…} runs a {@link MailScenarios}
 * step and answers JSON. {@code store&to=a,b} → {@code {"ids":[…]}}; {@code claim&id=&senders=} →
 * {@code {"won":n}}; {@code race&senders=} → {@code {"delivered":n}}; {@code abandon&id=&handedOver=}
 * then {@code deliver} → {@code {"delivered":n}}.
 */
@WebServlet(MailScenarioServlet.PATH)
public class MailScenarioServlet extends HttpServlet {

    public static final String PATH = "/_it/mail";

    @Inject
    MailScenarios scenarios;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        try {
            switch (request.getParameter("do")) {
                case "store" -> {
                    List<String> to = Arrays.asList(request.getParameter("to").split(","));
                    JsonArrayBuilder ids = Json.createArrayBuilder();
                    scenarios.store(to).forEach(ids::add);
                    answer.add("ids", ids);
                }
                case "claim" -> {
                    MailScenarios.Claims claims = scenarios.claimAtOnce(id(request), senders(request));
                    answer.add("won", claims.won()).add("leaseSeconds", claims.leaseSeconds());
                }
                case "race" -> answer.add("delivered", scenarios.deliverAtOnce(senders(request)));
                case "abandon" -> {
                    scenarios.abandon(id(request), Boolean.parseBoolean(request.getParameter("handedOver")));
                    answer.add("abandoned", true);
                }
                case "deliver" -> answer.add("delivered", scenarios.deliverNow());
                default -> throw new IllegalArgumentException(request.getParameter("do"));
            }
        } catch (Exception e) {
            response.sendError(500, String.valueOf(e));
            return;
        }
        response.setContentType("application/json");
        response.getWriter().write(answer.build().toString());
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static int senders(HttpServletRequest request) {
        return Integer.parseInt(request.getParameter("senders"));
    }
}
