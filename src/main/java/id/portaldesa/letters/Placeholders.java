package id.portaldesa.letters;

import id.portaldesa.letters.issue.pdf.LetterContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a template may use: the applicant's data (from their own resident record, or the walk-in
 * record the operator made), the person the letter is about, the village, the letter and its signer,
 * and the answers to the type's own fields ({@code isian.<key>}). The sample values fill the preview.
 */
public final class Placeholders {

    /** The applicant's own data; also what a field may be pre-filled from. */
    public static final Map<String, String> APPLICANT = ordered(
            "pemohon.nama", "Siti Aminah",
            "pemohon.nik", "1502024508880002",
            "pemohon.tempat_lahir", "Bangko",
            "pemohon.tanggal_lahir", "5 Agustus 1988",
            "pemohon.jenis_kelamin", "Perempuan",
            "pemohon.agama", "Islam",
            "pemohon.status_perkawinan", "Kawin",
            "pemohon.pekerjaan", "Petani",
            "pemohon.alamat", "Jl. Lintas Sumatera No. 5",
            "pemohon.rt", "003",
            "pemohon.rw", "001",
            "pemohon.dusun", "Dusun Mekar");

    /** The person the letter is about: the applicant, a family member, or someone named by NIK. */
    public static final Map<String, String> SUBJECT = ordered(
            "subjek.nama", "Budi Santoso",
            "subjek.nik", "1502021204150001",
            "subjek.hubungan", "Anak",
            "subjek.tanggal_lahir", "12 April 2015");

    public static final Map<String, String> VILLAGE = ordered(
            "desa.nama", "Kungkai",
            "desa.kecamatan", "Bangko",
            "desa.kabupaten", "Kabupaten Merangin",
            "desa.provinsi", "Jambi",
            "desa.kode", "15.02.02.2004",
            "desa.alamat", "Jl. Desa Kungkai No. 1");

    /** The letter's number is given by the issuing side at signing: see {@link #NUMBER_MARK}. */
    public static final Map<String, String> LETTER = ordered(
            "surat.nomor", "400.12.2.1/012/KGK/XII/2026",
            "surat.tanggal", "1 Desember 2026",
            "surat.jenis", "Surat Keterangan Domisili",
            "surat.referensi", "KGK-SKD-2612-0042",
            "surat.berlaku_sampai", "1 Maret 2027");

    public static final Map<String, String> SIGNER = ordered(
            "penandatangan.nama", "Ahmad Fauzi",
            "penandatangan.jabatan", "Kepala Desa Kungkai");

    /**
     * What {@code {{surat.nomor}}} is filled with before the number exists (the issuing side gives it
     * while it signs, in the same transaction): an empty element of this class, which {@code
     * LetterIssuer} fills with the number. Markup of the portal, never of a value.
     */
    public static final String NUMBER_MARK = "<span class=\"" + LetterContent.NUMBER_CLASS + "\"></span>";

    public static final String NUMBER = "surat.nomor";

    /** The prefix of the answers' placeholders. */
    public static final String ANSWER = "isian.";

    private Placeholders() {}

    /** Every name valid in a template of this type, in the order the editor lists them. */
    public static List<String> validFor(List<FieldDef> fields) {
        List<String> names = new ArrayList<>();
        names.addAll(APPLICANT.keySet());
        names.addAll(SUBJECT.keySet());
        names.addAll(VILLAGE.keySet());
        names.addAll(LETTER.keySet());
        names.addAll(SIGNER.keySet());
        fields.forEach(f -> names.add(ANSWER + f.key()));
        return List.copyOf(names);
    }

    /** The preview's values: the fixed samples and an example answer for each field. */
    public static Map<String, String> samples(List<FieldDef> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        values.putAll(APPLICANT);
        values.putAll(SUBJECT);
        values.putAll(VILLAGE);
        values.putAll(LETTER);
        values.putAll(SIGNER);
        for (FieldDef f : fields) {
            values.put(
                    ANSWER + f.key(),
                    switch (f.type()) {
                        case NUMBER -> "2";
                        case DATE -> "1 Desember 2026";
                        case CHOICE -> f.choices().isEmpty() ? "" : f.choices().get(0);
                        default -> "(" + f.label() + ")";
                    });
        }
        return values;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
