package id.portaldesa.letters.issue.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A PAdES-B-B signature (ETSI EN 319 142-1) on a PDF: subfilter {@code ETSI.CAdES.detached}, a CMS
 * signature whose signed attributes carry {@code signing-certificate-v2} (the SHA-256 of the signer's
 * certificate, with its issuer and serial) and no {@code signing-time} (PAdES puts the claimed time in
 * the signature dictionary's {@code /M}), the certificate chain included. The signature is appended as
 * an incremental update, and its byte range covers the whole file but the signature's own contents.
 */
public final class PadesSignature {

    /** Bytes reserved for the CMS: a P-256 signature with its chain takes about 1.6 KB; room for a timestamp later. */
    static final int RESERVED_BYTES = 12 * 1024;

    private PadesSignature() {}

    /** The PDF signed with this key, as a new incremental revision of the given bytes. */
    public static byte[] sign(byte[] pdf, SigningKey key, SignatureDetails details) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(details.signerName());
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            signature.setSignDate(GregorianCalendar.from(details.claimedTime()));
            options.setPreferredSignatureSize(RESERVED_BYTES);
            document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_BYTES + 4096);
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be signed", e);
        }
    }

    /** The detached CMS signature of the signed byte ranges. */
    static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            JcaSignerInfoGeneratorBuilder signerInfo =
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(new PadesAttributes(key.certificate()));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | java.security.cert.CertificateEncodingException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }

    /** The default signed attributes (content type, message digest, algorithm protection) as PAdES wants them. */
    static final class PadesAttributes implements CMSAttributeTableGenerator {

        private final DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator();
        private final SigningCertificateV2 signingCertificate;

        PadesAttributes(X509Certificate certificate) {
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(
                            certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            this.signingCertificate = new SigningCertificateV2(
                    new ESSCertIDv2[] {new ESSCertIDv2(sha256(Certificates.encodedOf(certificate)), issuerSerial)});
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return defaults.getAttributes(parameters)
                    .remove(CMSAttributes.signingTime)
                    .add(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
