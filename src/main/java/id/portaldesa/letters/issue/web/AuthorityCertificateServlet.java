package id.portaldesa.letters.issue.web;

import id.portaldesa.letters.issue.signing.Certificates;
import id.portaldesa.letters.issue.signing.SigningKeys;
import id.portaldesa.village.CurrentVillage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /v/ca.crt}: the certificate of the deployment's authority (PEM), which a verifier imports as
 * trusted so that PDF readers and {@code pdfsig} call the letters' signatures trusted. A servlet at the
 * view id the clean address forwards to, as Faces writes no certificate.
 */
@WebServlet(IssueRoutes.AUTHORITY_VIEW)
public class AuthorityCertificateServlet extends HttpServlet {

    @Inject
    SigningKeys keys;

    @Inject
    CurrentVillage village;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (village.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pem = Certificates.pem(keys.authorityCertificate()).getBytes(StandardCharsets.US_ASCII);
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "attachment; filename=\"portal-desa-ca.crt\"");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(pem.length);
        response.getOutputStream().write(pem);
    }
}
