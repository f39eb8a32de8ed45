package id.portaldesa.letters;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.site.VillageBranding;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The body of a request's letter: its type's template filled with the applicant's, the subject's,
 * the village's, the letter's, the signer's values and the answers, every value escaped. The number
 * is not known yet: its place is marked for the issuing side ({@link Placeholders#NUMBER_MARK}).
 */
@ApplicationScoped
public class LetterBodies {

    @Inject
    Applicants applicants;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Instance<VillageBranding> branding;

    /** The values of every placeholder for this request, signed today by this signer. */
    public Map<String, String> values(
            LetterRequest r,
            LetterTypeDefinition type,
            VillageRef village,
            LocalDate date,
            String signer,
            String title) {
        Map<String, String> v = new HashMap<>(applicants.of(r));
        v.putAll(subject(r, v));
        v.put("desa.nama", village.name());
        v.put("desa.kecamatan", village.districtName());
        v.put("desa.kabupaten", village.regencyName());
        v.put("desa.provinsi", village.provinceName());
        v.put("desa.kode", village.code());
        String address = branding.isResolvable()
                ? branding.get()
                        .of(village.id())
                        .map(VillageBranding.Branding::postalAddress)
                        .orElse(null)
                : null;
        v.put("desa.alamat", address == null ? "" : address);
        v.put("surat.tanggal", IndonesianDates.format(date));
        v.put("surat.jenis", type.name());
        v.put("surat.referensi", r.getReference() == null ? "" : r.getReference());
        v.put(
                "surat.berlaku_sampai",
                type.validityDays() == null ? "" : IndonesianDates.format(date.plusDays(type.validityDays())));
        v.put("penandatangan.nama", signer == null ? "" : signer);
        v.put("penandatangan.jabatan", title == null ? "" : title);
        Map<String, String> answers = TypeFiles.answers(r.getAnswers());
        for (FieldDef f : type.fields()) {
            v.put(Placeholders.ANSWER + f.key(), Answers.printed(f, answers.get(f.key())));
        }
        return v;
    }

    /** The letter's body, for the issuing side. */
    public String body(LetterTypeDefinition type, Map<String, String> values) {
        return LetterTemplate.fill(type.template(), values, Map.of(Placeholders.NUMBER, Placeholders.NUMBER_MARK));
    }

    private Map<String, String> subject(LetterRequest r, Map<String, String> applicant) {
        Map<String, String> s = new HashMap<>();
        if (r.getSubjectKind() == SubjectKind.SELF) {
            s.put("subjek.nama", applicant.getOrDefault("pemohon.nama", ""));
            s.put("subjek.nik", applicant.getOrDefault("pemohon.nik", ""));
            s.put("subjek.hubungan", "Pemohon sendiri");
            s.put("subjek.tanggal_lahir", applicant.getOrDefault("pemohon.tanggal_lahir", ""));
        } else {
            s.put("subjek.nama", r.getSubjectName() == null ? "" : r.getSubjectName());
            s.put(
                    "subjek.nik",
                    r.getSubjectNikCipher() == null || r.getSubjectNikCipher().isEmpty()
                            ? ""
                            : cipher.decrypt(r.subjectNikAt(), r.getSubjectNikCipher()));
            s.put("subjek.hubungan", relationLabel(r.getSubjectRelation()));
            s.put("subjek.tanggal_lahir", IndonesianDates.format(r.getSubjectBirthDate()));
        }
        return s;
    }

    static String relationLabel(String relation) {
        if (relation == null) {
            return "";
        }
        String key = "resident.relation." + relation;
        return id.portaldesa.shared.i18n.Messages.get(id.portaldesa.shared.i18n.Language.ID.locale(), key);
    }
}
