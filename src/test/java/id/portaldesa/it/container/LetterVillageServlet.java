package id.portaldesa.it.container;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /_it/letter-villages}: a fresh village ready for letters ({@link LetterVillages}) as
 * JSON, like {@link FreshVillageServlet}; {@code ?domain=true} gives it its own domain. Test WAR only.
 */
@WebServlet(LetterVillageServlet.PATH)
public class LetterVillageServlet extends HttpServlet {

    public static final String PATH = "/_it/letter-villages";

    @Inject
    LetterVillages villages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LetterVillages.LetterVillage lv = villages.create("true".equals(request.getParameter("domain")));
        FreshVillages.FreshVillage v = lv.village();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
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
                        .add("headEmail", lv.headEmail())
                        .add("operatorEmail", lv.operatorEmail())
                        .build()
                        .toString());
    }
}
