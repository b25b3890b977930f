package fr.titrepro.document.signing;

import fr.titrepro.document.longterm.LongTermArchiver;
import fr.titrepro.document.longterm.TimestampAuthority;
import fr.titrepro.shared.text.FrenchDates;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

/**
 * Signs a PDF with the platform key, PAdES baseline B-B: an invisible signature field whose /Contents is a detached
 * CMS (SubFilter ETSI.CAdES.detached) over the /ByteRange, with the ESS signing-certificate-v2 attribute and the
 * signing time in the signature dictionary (/M), not in the CMS. With a timestamp authority (issue 16), PAdES
 * B-LTA: the CMS carries an RFC 3161 signature timestamp (unsigned attribute), then {@link LongTermArchiver} adds
 * the validation data (/DSS) and a document timestamp. Thread-safe.
 */
public final class PadesSigner {

    /** The key and its certificate chain (signer first). */
    public record Credentials(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.getFirst();
        }

        public String signatureAlgorithm() {
            return switch (key.getAlgorithm()) {
                case "EC", "ECDSA" -> "SHA256withECDSA";
                case "RSA" -> "SHA256withRSA";
                default -> throw new IllegalStateException("Clé de signature non prise en charge : " + key.getAlgorithm());
            };
        }
    }

    /** Room for the signature timestamp token and the authority's chain it carries. */
    private static final int SIGNATURE_TIMESTAMP_ROOM = 8192;
    private static final PdfName ETSI_CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private final Credentials credentials;
    private final String location;
    private final String signerName;
    private final AttributeTable signingCertificate;
    /** Bytes reserved for the CMS: the chain, the signature, the attributes, with room to spare. */
    private final int reserved;
    private final TimestampAuthority tsa;
    private final LongTermArchiver archiver;
    /** The chain as the CMS carries it and the digests' provider: the same for every document, built once. */
    private final JcaCertStore chainStore;
    private final DigestCalculatorProvider digests;
    private final X509CertificateHolder signerCertificate;

    /** Baseline B-B: no timestamp, no validation data. */
    public PadesSigner(Credentials credentials, String location) {
        this(credentials, location, null, null);
    }

    /** Baseline B-LTA: the signature timestamp from {@code tsa}, then the archiver's DSS and document timestamp. */
    public PadesSigner(Credentials credentials, String location, TimestampAuthority tsa, LongTermArchiver archiver) {
        this.tsa = tsa;
        this.archiver = archiver;
        this.credentials = credentials;
        this.location = location;
        this.signerName = commonName(credentials.certificate());
        this.signingCertificate = signingCertificateAttribute(credentials.certificate());
        int chainSize = credentials.chain().stream().mapToInt(PadesSigner::encodedLength).sum();
        this.reserved = chainSize + 4096 + (tsa == null ? 0 : SIGNATURE_TIMESTAMP_ROOM);
        try {
            this.chainStore = new JcaCertStore(credentials.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.signerCertificate = new JcaX509CertificateHolder(credentials.certificate());
        } catch (Exception e) {
            throw new IllegalStateException("Certificats de signature illisibles", e);
        }
    }

    public X509Certificate certificate() {
        return credentials.certificate();
    }

    /**
     * When the certificate of the authority that timestamped the last document ends (issue 16: the renewal job's
     * index): the earliest end among the authority's end-entity certificates; empty without B-LTA.
     */
    public java.util.Optional<Instant> archiveExpiry() {
        if (tsa == null || archiver == null) {
            return java.util.Optional.empty();
        }
        return tsa.chain().stream().filter(c -> c.getBasicConstraints() < 0)
                .map(c -> c.getNotAfter().toInstant()).min(Instant::compareTo);
    }

    /** The archiver of this signer (B-LTA), to renew the document timestamps of stored PDFs; null at B-B. */
    public fr.titrepro.document.longterm.LongTermArchiver archiver() {
        return archiver;
    }

    /** A detached signature of the bytes with the platform's key (the audit checkpoints). */
    public byte[] signDetached(byte[] data) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance(
                    credentials.signatureAlgorithm());
            signature.initSign(credentials.key());
            signature.update(data);
            return signature.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Signature impossible", e);
        }
    }

    public String signatureAlgorithm() {
        return credentials.signatureAlgorithm();
    }

    public byte[] sign(byte[] pdf, String reason, Instant when) {
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserved + 4096);
            // incremental update: the issued bytes are kept as they are, the signature is appended
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            Calendar date = GregorianCalendar.from(when.atZone(FrenchDates.PARIS));
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(date);
            appearance.setReason(reason);
            appearance.setLocation(location);
            appearance.setFieldNameForInvisibleSignatures("Signature titrepro");
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, ETSI_CADES_DETACHED);
            dictionary.setReason(reason);
            dictionary.setLocation(location);
            dictionary.setName(signerName);
            dictionary.setDate(new PdfDate(date));
            appearance.setCryptoDictionary(dictionary);
            Map<PdfName, Integer> exclusion = new HashMap<>();
            exclusion.put(PdfName.CONTENTS, reserved * 2 + 2);
            appearance.preClose(exclusion);

            byte[] cms = cms(appearance.getRangeStream().readAllBytes());
            if (cms.length > reserved) {
                throw new IllegalStateException("Signature plus grande que la place réservée (" + cms.length + " > "
                        + reserved + ")");
            }
            byte[] contents = new byte[reserved];
            System.arraycopy(cms, 0, contents, 0, cms.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(contents).setHexWriting(true));
            appearance.close(update);
            return archiver == null ? out.toByteArray() : archiver.archive(out.toByteArray(), credentials.chain());
        } catch (Exception e) {
            throw new IllegalStateException("Signature du document impossible", e);
        }
    }

    private byte[] cms(byte[] signedBytes) throws Exception {
        CMSAttributeTableGenerator attributes = new DefaultSignedAttributeTableGenerator(signingCertificate) {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            protected Hashtable createStandardAttributeTable(Map parameters) {
                Hashtable table = super.createStandardAttributeTable(parameters);
                // PAdES: the signing time lives in the signature dictionary (/M), not in the CMS
                table.remove(CMSAttributes.signingTime);
                return table;
            }
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                .setSignedAttributeGenerator(attributes)
                .build(new JcaContentSignerBuilder(credentials.signatureAlgorithm()).build(credentials.key()),
                        signerCertificate));
        generator.addCertificates(chainStore);
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedBytes), false);
        return (tsa == null ? signed : withSignatureTimestamp(signed)).getEncoded("DER");
    }

    /** RFC 3161 token over the signature value, as the unsigned attribute signature-time-stamp (CAdES-T, PAdES B-T). */
    private CMSSignedData withSignatureTimestamp(CMSSignedData signed) throws Exception {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timestamp(MessageDigest.getInstance("SHA-256").digest(signer.getSignature())).getEncoded();
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private static AttributeTable signingCertificateAttribute(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                    issuerSerial);
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id}))));
            return new AttributeTable(v);
        } catch (Exception e) {
            throw new IllegalStateException("Certificat de signature illisible", e);
        }
    }

    private static String commonName(X509Certificate certificate) {
        String dn = certificate.getSubjectX500Principal().getName();
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String p = part.strip();
            if (p.startsWith("CN=")) {
                return p.substring(3).replace("\"", "");
            }
        }
        return dn;
    }

    private static int encodedLength(X509Certificate c) {
        try {
            return c.getEncoded().length;
        } catch (Exception e) {
            return 2048;
        }
    }
}
