package id.portaldesa.letters.issue.signing;

import id.portaldesa.account.OfficialTitle;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The deployment's certificate authority and the villages' signing keys. The authority is created at
 * the first start (or first need); a village's key when the village first signs, never during
 * onboarding. Private keys are stored sealed with the data key like personal data
 * ({@link SigningKeysSealedData} seals them again when the key rotates); opened keys are kept in
 * memory, so a letter costs no key decryption.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    static final Duration AUTHORITY_VALIDITY = Duration.ofDays(20 * 366);
    static final Duration VILLAGE_VALIDITY = Duration.ofDays(5 * 366);

    /** A village key this close to its end is replaced by a new generation; letters signed before keep verifying. */
    static final Duration RENEW_BEFORE = Duration.ofDays(60);

    static final String AUTHORITY_TABLE = "signing_authority";
    static final String VILLAGE_TABLE = "village_signing_key";
    static final String KEY_COLUMN = "private_key_sealed";

    @Inject
    SigningKeyRows rows;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PortalConfig config;

    @Inject
    VillageDirectory directory;

    @Inject
    Clock clock;

    private volatile SigningKey authority;

    private final Map<Long, VillageKey> villages = new ConcurrentHashMap<>();

    /** An opened village key, its generation and its end. */
    public record VillageKey(SigningKey key, int generation, Instant notAfter) {}

    /** Where a sealed key is stored: the associated data of its sealing. */
    public static SealedAt authorityAt() {
        return new SealedAt(AUTHORITY_TABLE, KEY_COLUMN, null, "id=1");
    }

    public static SealedAt villageAt(long villageId, int generation) {
        return new SealedAt(VILLAGE_TABLE, KEY_COLUMN, villageId, "generation=" + generation);
    }

    /** The authority's certificate, which verifiers import as trusted. */
    public X509Certificate authorityCertificate() {
        return authority().certificate();
    }

    /** The authority, created if this deployment has none yet. */
    public SigningKey authority() {
        SigningKey known = authority;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (authority == null) {
                var row = rows.authority().orElseGet(() -> {
                    createAuthority();
                    return rows.authority().orElseThrow();
                });
                X509Certificate certificate = Certificates.decodeCertificate(row.certificate());
                authority = new SigningKey(
                        Certificates.decodePrivateKey(
                                cipher.decrypt(authorityAt(), row.sealedKey()),
                                certificate.getPublicKey().getAlgorithm()),
                        List.of(certificate));
            }
            return authority;
        }
    }

    private void createAuthority() {
        Instant now = clock.instant();
        KeyPair keys = Certificates.newKeyPair();
        String host = config.baseUrl().getHost() == null
                ? "portal-desa"
                : config.baseUrl().getHost();
        X509Certificate certificate =
                Certificates.authority(keys, host, now.minus(Duration.ofDays(1)), now.plus(AUTHORITY_VALIDITY));
        rows.insertAuthority(
                Certificates.encode(certificate),
                cipher.encrypt(authorityAt(), Certificates.encode(keys.getPrivate())),
                now);
        LOG.info(() -> "Created the certificate authority for letters: " + certificate.getSubjectX500Principal());
    }

    /** The village's current key, created (or renewed) when needed. */
    public VillageKey forVillage(long villageId) {
        Instant now = clock.instant();
        VillageKey known = villages.get(villageId);
        if (known != null && known.notAfter().isAfter(now.plus(RENEW_BEFORE))) {
            return known;
        }
        synchronized (this) {
            var row = rows.newestVillageKey(villageId);
            if (row.isEmpty() || !row.get().notAfter().isAfter(now.plus(RENEW_BEFORE))) {
                int generation = row.map(r -> r.generation() + 1).orElse(1);
                createVillageKey(villageId, generation, now);
                row = rows.newestVillageKey(villageId);
            }
            var stored = row.orElseThrow();
            X509Certificate certificate = Certificates.decodeCertificate(stored.certificate());
            VillageKey opened = new VillageKey(
                    new SigningKey(
                            Certificates.decodePrivateKey(
                                    cipher.decrypt(villageAt(villageId, stored.generation()), stored.sealedKey()),
                                    certificate.getPublicKey().getAlgorithm()),
                            List.of(certificate, authorityCertificate())),
                    stored.generation(),
                    stored.notAfter());
            villages.put(villageId, opened);
            return opened;
        }
    }

    /** Who a village's certificate names: a kelurahan as such ({@link OfficialTitle#isKelurahan}), else a desa. */
    static Certificates.VillageIdentity identityOf(VillageRef village) {
        return new Certificates.VillageIdentity(
                village.code(),
                village.code() != null && OfficialTitle.isKelurahan(village.code()) ? "Kelurahan" : "Desa",
                village.name(),
                village.regencyName(),
                village.provinceName());
    }

    private void createVillageKey(long villageId, int generation, Instant now) {
        VillageRef village = directory.byId(villageId).orElseThrow();
        KeyPair keys = Certificates.newKeyPair();
        Instant until = now.plus(VILLAGE_VALIDITY);
        X509Certificate certificate = Certificates.village(
                keys.getPublic(), identityOf(village), authority(), now.minus(Duration.ofMinutes(5)), until);
        rows.insertVillageKey(
                villageId,
                generation,
                Certificates.encode(certificate),
                cipher.encrypt(villageAt(villageId, generation), Certificates.encode(keys.getPrivate())),
                now,
                until);
        LOG.info(() -> "Created signing key generation " + generation + " of village " + village.slug());
    }
}
