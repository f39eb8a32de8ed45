package id.portaldesa.it.container;

import id.portaldesa.account.Account;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.letters.issue.IssueOrder;
import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues letters in fresh villages for the tests of the issuing side, as the requests side does at
 * signing: a kades of the village acting, an order with an escaped body. Request ids are made up
 * (the issuing side keeps no foreign key to requests).
 */
@ApplicationScoped
public class LetterIssuing {

    public static final String NAME = "Ni Luh Ayu Pradnyā Déwi O’Neil 😀";

    private static final AtomicLong REQUESTS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Inject
    Fixtures fixtures;

    @Inject
    LetterIssuer issuer;

    /** A fresh village whose kades is acted as; returns the kades. */
    public record Signing(VillageRef village, Account kades) {}

    public Signing freshVillageWithKades() {
        return freshVillageWithKades(false);
    }

    /** The same, with the village's own domain ({@code <slug>.desa.test}) when asked. */
    public Signing freshVillageWithKades(boolean withDomain) {
        VillageRef village = fixtures.freshVillage(withDomain);
        fixtures.actAsAdminOf(village);
        Account kades = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.HEAD, "Bambang Sutrisno");
        fixtures.actAs(kades);
        return new Signing(village, kades);
    }

    public static long newRequestId() {
        return REQUESTS.incrementAndGet();
    }

    public static IssueOrder order(long requestId, String subject, LocalDate date) {
        String escaped = subject.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return new IssueOrder(
                requestId,
                "SKD",
                "Surat Keterangan Domisili",
                "400.12.2.1",
                "<p>Nomor: <span class=\"letter-number\">…</span></p><p>Yang bertanda tangan di bawah ini"
                        + " menerangkan bahwa <b>" + escaped + "</b> berdomisili di desa ini.</p>",
                subject,
                "Bambang Sutrisno",
                "Kepala Desa",
                null,
                date);
    }

    /** Issues in a transaction of its own. */
    @Transactional
    public IssuedLetter issue(IssueOrder order) {
        return issuer.issue(order);
    }

    @Transactional
    public void revoke(long issuedLetterId, String reason) {
        issuer.revoke(issuedLetterId, reason);
    }

    @Transactional
    public byte[] pdfOf(long issuedLetterId) {
        try (InputStream in = issuer.openPdf(issuedLetterId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token at the end of a verification address. */
    public static String tokenOf(IssuedLetter letter) {
        String address = letter.verificationAddress();
        return address.substring(address.lastIndexOf('/') + 1);
    }
}
