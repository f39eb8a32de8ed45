package id.portaldesa.letters.issue;

import id.portaldesa.letters.issue.signing.Certificates;
import id.portaldesa.letters.issue.signing.SigningKey;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A deployment authority and Kungkai's key issued by it, made in memory for unit tests and the bench. */
final class TestSigningKeys {

    private TestSigningKeys() {}

    static SigningKey authority(String host) {
        Instant now = Instant.now();
        KeyPair ca = Certificates.newKeyPair();
        return new SigningKey(
                ca.getPrivate(), List.of(Certificates.authority(ca, host, now, now.plus(Duration.ofDays(3650)))));
    }

    static SigningKey kungkai(SigningKey authority) {
        Instant now = Instant.now();
        KeyPair v = Certificates.newKeyPair();
        return new SigningKey(
                v.getPrivate(),
                List.of(
                        Certificates.village(
                                v.getPublic(),
                                new Certificates.VillageIdentity(
                                        "15.02.02.2004", "Desa", "Kungkai", "Kabupaten Merangin", "Jambi"),
                                authority,
                                now,
                                now.plus(Duration.ofDays(365))),
                        authority.certificate()));
    }
}
