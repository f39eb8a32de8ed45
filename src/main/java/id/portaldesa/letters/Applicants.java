package id.portaldesa.letters;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.PersonalData;
import id.portaldesa.account.Resident;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The applicant's data as a template reads it ({@code pemohon.*}): from their own resident record, or
 * from the walk-in record the operator made at the counter. Texts in Indonesian, as letters are.
 */
@ApplicationScoped
public class Applicants {

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    WalkInRepository walkIns;

    @Inject
    PersonalDataCipher cipher;

    /** The values of the applicant of this request; empty strings where nothing is known. */
    public Map<String, String> of(LetterRequest r) {
        if (r.getWalkInPersonId() != null) {
            return walkIns.find(r.getWalkInPersonId()).map(this::ofWalkIn).orElseGet(Applicants::empty);
        }
        return r.getApplicantAccountId() == null ? empty() : ofAccount(r.getApplicantAccountId());
    }

    /** The values of a resident of the current village by account. */
    public Map<String, String> ofAccount(long accountId) {
        Map<String, String> v = empty();
        accounts.find(accountId).map(Account::getDisplayName).ifPresent(n -> v.put("pemohon.nama", n));
        Optional<Resident> resident = residents.ofAccount(accountId);
        resident.ifPresent(r -> {
            if (r.hasNik()) {
                v.put("pemohon.nik", cipher.decrypt(r.nikAt(), r.getNikCipher()));
            }
            PersonalData p = r.getPersonalData();
            put(v, "pemohon.alamat", p.address());
            put(v, "pemohon.dusun", p.hamlet());
            put(v, "pemohon.rt", p.rt());
            put(v, "pemohon.rw", p.rw());
            put(v, "pemohon.tempat_lahir", p.birthPlace());
            put(v, "pemohon.tanggal_lahir", IndonesianDates.format(p.birthDate()));
            put(v, "pemohon.pekerjaan", p.occupation());
            if (p.sex() != null) {
                v.put("pemohon.jenis_kelamin", label("resident.sex.", p.sex().name()));
            }
            if (p.religion() != null) {
                v.put("pemohon.agama", label("resident.religion.", p.religion().name()));
            }
            if (p.maritalStatus() != null) {
                v.put(
                        "pemohon.status_perkawinan",
                        label("resident.marital.", p.maritalStatus().name()));
            }
        });
        return v;
    }

    private Map<String, String> ofWalkIn(WalkInPerson p) {
        Map<String, String> v = empty();
        v.put("pemohon.nama", p.getName());
        if (!p.getNikCipher().isEmpty()) {
            v.put("pemohon.nik", cipher.decrypt(p.nikAt(), p.getNikCipher()));
        }
        put(v, "pemohon.tempat_lahir", p.getBirthPlace());
        put(v, "pemohon.tanggal_lahir", IndonesianDates.format(p.getBirthDate()));
        put(v, "pemohon.alamat", p.getAddress());
        return v;
    }

    private static String label(String prefix, String name) {
        String key = prefix + name;
        return Messages.get(Language.ID.locale(), key);
    }

    private static void put(Map<String, String> v, String key, String value) {
        if (value != null && !value.isBlank()) {
            v.put(key, value);
        }
    }

    private static Map<String, String> empty() {
        Map<String, String> v = new LinkedHashMap<>();
        Placeholders.APPLICANT.keySet().forEach(k -> v.put(k, ""));
        return v;
    }
}
