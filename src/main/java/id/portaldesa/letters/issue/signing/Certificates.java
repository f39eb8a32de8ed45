package id.portaldesa.letters.issue.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and certificates of the deployment's certificate authority and of its villages: ECDSA P-256
 * (the JDK's own provider; no provider registered JVM-wide), SHA-256. Pure functions, no storage.
 */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {}

    /** A fresh P-256 key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is required by every Java platform", e);
        }
    }

    /**
     * The authority's self-signed certificate: may sign end certificates only (path length 0).
     *
     * @param deploymentName who runs the deployment, e.g. its host ({@code desa.merangin.go.id})
     */
    public static X509Certificate authority(KeyPair keys, String deploymentName, Instant from, Instant until) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "ID")
                .addRDN(BCStyle.O, "Portal Desa")
                .addRDN(BCStyle.OU, cut(deploymentName, 64))
                .addRDN(BCStyle.CN, "Portal Desa CA " + cut(deploymentName, 48))
                .build();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name, serial(), Date.from(from), Date.from(until), name, keys.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, keys.getPrivate());
    }

    /**
     * A village's signing certificate, issued by the authority: document signing only (digital signature
     * and non-repudiation), naming the village, its code and its region.
     */
    public static X509Certificate village(
            PublicKey villageKey, VillageIdentity village, SigningKey authority, Instant from, Instant until) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "ID")
                .addRDN(BCStyle.ST, cut(village.province(), 64))
                .addRDN(BCStyle.L, cut(village.regency(), 64))
                .addRDN(BCStyle.O, cut("Pemerintah " + village.kind() + " " + village.name(), 64))
                .addRDN(BCStyle.SERIALNUMBER, village.code())
                .addRDN(BCStyle.CN, cut(village.kind() + " " + village.name(), 64));
        X509Certificate issuer = authority.certificate();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer, serial(), Date.from(from), Date.from(until), subject.build(), villageKey);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(villageKey));
            // The key-id form: naming the issuer and serial too would tie it to one authority certificate.
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    extensions.createAuthorityKeyIdentifier(issuer.getPublicKey()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, authority.privateKey());
    }

    /** Who a village certificate names. {@code kind}: Desa or Kelurahan. */
    public record VillageIdentity(String code, String kind, String name, String regency, String province) {}

    public static String encode(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate decodeCertificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new java.io.ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate cannot be read", e);
        }
    }

    /** PKCS#8, base64: what is sealed. */
    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey decodePrivateKey(String base64, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored signing key cannot be read", e);
        }
    }

    /** The certificate as PEM, for the download a verifier imports. */
    public static String pem(X509Certificate certificate) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(encodedOf(certificate));
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    static byte[] encodedOf(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            String algorithm = "EC".equals(issuerKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("A certificate could not be signed", e);
        }
    }

    /** A positive random serial of 127 bits (RFC 5280: at most 20 octets, unpredictable). */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(120);
    }

    private static String cut(String value, int max) {
        String v = value == null || value.isBlank() ? "-" : value.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }
}
