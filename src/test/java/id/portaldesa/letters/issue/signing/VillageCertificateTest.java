package id.portaldesa.letters.issue.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageStatus;
import id.portaldesa.village.VillageTimeZone;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A village's signing certificate names it as what it is: a desa, or a kelurahan led by a lurah. */
class VillageCertificateTest {

    static VillageRef village(String code, String name) {
        return new VillageRef(
                1, code, "x", name, "Bangko", "Merangin", "Jambi", VillageTimeZone.WIB, VillageStatus.ACTIVE, null);
    }

    @Test
    void aKelurahanIsCertifiedAsAKelurahanAndADesaAsADesa() {
        assertEquals(
                "Desa",
                SigningKeys.identityOf(village("15.02.02.2004", "Kungkai")).kind());
        assertEquals(
                "Kelurahan",
                SigningKeys.identityOf(village("15.02.02.1009", "Pasar Atas")).kind());

        Instant now = Instant.now();
        KeyPair ca = Certificates.newKeyPair();
        SigningKey authority = new SigningKey(
                ca.getPrivate(), List.of(Certificates.authority(ca, "test", now, now.plus(Duration.ofDays(30)))));
        X509Certificate certificate = Certificates.village(
                Certificates.newKeyPair().getPublic(),
                SigningKeys.identityOf(village("15.02.02.1009", "Pasar Atas")),
                authority,
                now,
                now.plus(Duration.ofDays(1)));
        String subject = certificate.getSubjectX500Principal().getName();
        assertTrue(subject.contains("O=Pemerintah Kelurahan Pasar Atas"), subject);
        assertTrue(subject.contains("CN=Kelurahan Pasar Atas"), subject);
    }
}
