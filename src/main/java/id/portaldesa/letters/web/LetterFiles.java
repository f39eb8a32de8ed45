package id.portaldesa.letters.web;

import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Addresses of the letters' files ({@link LetterFileServlet}) inside the village of the request, built
 * here only: a scan, an issued letter, an exported type, the register as CSV.
 */
@Named("letterFiles")
@RequestScoped
public class LetterFiles {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentVillage village;

    public String attachment(long id) {
        return base() + "/lampiran/" + id;
    }

    public String letter(long requestId) {
        return base() + "/surat/" + requestId;
    }

    public String type(String code) {
        return base() + "/jenis/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + ".json";
    }

    public String register(Map<String, String> filter) {
        String query = filter.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return base() + "/agenda.csv" + (query.isEmpty() ? "" : "?" + query);
    }

    private String base() {
        return request.getContextPath() + village.getPathPrefix() + LetterFileServlet.PATH;
    }
}
