package id.portaldesa.account;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resident's own data (V8) for the person's download and erasure: personal data, family members
 * (their NIK decrypted: the export goes to the person alone), the identity confirmation and what
 * staff did to the record. Like {@link AccountPersonalData}, filtered by the person's account id
 * across villages rather than by the current village.
 */
@ApplicationScoped
public class ResidentPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Override
    public String section() {
        return "residentData";
    }

    @Override
    public Object export(DataSubject subject) {
        List<Resident> records = em.createQuery(
                        "select r from Resident r where r.accountId = :a order by r.id", Resident.class)
                .setParameter("a", subject.accountId())
                .getResultList();
        if (records.isEmpty()) {
            return null;
        }
        return records.stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    PersonalData p = r.getPersonalData();
                    row.put("residentId", r.getId());
                    row.put("address", p.address());
                    row.put("hamlet", p.hamlet());
                    row.put("rt", p.rt());
                    row.put("rw", p.rw());
                    row.put("birthPlace", p.birthPlace());
                    row.put("birthDate", p.birthDate());
                    row.put("sex", p.sex() == null ? null : p.sex().name());
                    row.put(
                            "religion",
                            p.religion() == null ? null : p.religion().name());
                    row.put(
                            "maritalStatus",
                            p.maritalStatus() == null ? null : p.maritalStatus().name());
                    row.put("occupation", p.occupation());
                    row.put("state", r.getState().name());
                    row.put("confirmedAt", r.getConfirmedAt());
                    row.put(
                            "confirmationMethod",
                            r.getConfirmationMethod() == null
                                    ? null
                                    : r.getConfirmationMethod().name());
                    row.put("familyMembers", familyOf(r.getId()));
                    row.put("changes", changesOf(r.getId()));
                    return row;
                })
                .toList();
    }

    private List<Map<String, Object>> familyOf(long residentId) {
        return em.createQuery("select m from FamilyMember m where m.residentId = :r order by m.id", FamilyMember.class)
                .setParameter("r", residentId)
                .getResultStream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", m.getName());
                    row.put("nik", cipher.decrypt(m.nikAt(), m.getNikCipher()));
                    row.put("relation", m.getRelation().name());
                    row.put("birthDate", m.getBirthDate());
                    return row;
                })
                .toList();
    }

    private List<Map<String, Object>> changesOf(long residentId) {
        return em.createQuery(
                        "select c from ResidentChange c where c.residentId = :r order by c.id", ResidentChange.class)
                .setParameter("r", residentId)
                .getResultStream()
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", c.getKind().name());
                    row.put("at", c.getChangedAt());
                    row.put("note", c.getNote());
                    return row;
                })
                .toList();
    }

    /**
     * Personal data and family members are removed; the record keeps its id (others refer to it),
     * without access; the history keeps what happened and when, without its notes.
     */
    @Override
    public void erase(DataSubject subject) {
        long id = subject.accountId();
        em.createNativeQuery("DELETE FROM resident_family_member WHERE resident_id IN"
                        + " (SELECT id FROM resident WHERE account_id = ?)")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("UPDATE resident_change SET note = NULL, version = version + 1 WHERE resident_id IN"
                        + " (SELECT id FROM resident WHERE account_id = ?)")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("UPDATE resident SET address = NULL, hamlet = NULL, rt = NULL, rw = NULL,"
                        + " birth_place = NULL, birth_date = NULL, sex = NULL, religion = NULL,"
                        + " marital_status = NULL, occupation = NULL, state = 'DISABLED', version = version + 1"
                        + " WHERE account_id = ?")
                .setParameter(1, id)
                .executeUpdate();
    }
}
