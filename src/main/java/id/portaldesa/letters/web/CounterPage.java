package id.portaldesa.letters.web;

import id.portaldesa.account.FamilyRelation;
import id.portaldesa.letters.AttachmentDef;
import id.portaldesa.letters.CounterDesk;
import id.portaldesa.letters.FieldDef;
import id.portaldesa.letters.LetterCatalogue;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /kantor/surat/loket?jenis=…}: an operator files a request for someone at the counter, from
 * their KTP, with the answers and any scans, in one form.
 */
@Named("letterCounterPage")
@ViewScoped
public class CounterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CounterDesk desk;

    @Inject
    LetterCatalogue catalogue;

    private String typeCode;
    private transient LetterCatalogue.Entry entry;
    private String name;
    private String nik;
    private String birthPlace;
    private LocalDate birthDate;
    private String address;
    private String phone;
    private String subjectName;
    private String subjectNik;
    private FamilyRelation subjectRelation;
    private Map<String, String> answers = new HashMap<>();
    private transient Map<String, Part> files = new HashMap<>();

    @PostConstruct
    void load() {
        typeCode = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jenis");
    }

    public List<LetterCatalogue.Entry> getTypes() {
        return catalogue.entries();
    }

    public LetterCatalogue.Entry getEntry() {
        if (entry == null && typeCode != null) {
            entry = catalogue.entry(typeCode).orElse(null);
        }
        return entry;
    }

    public List<FieldDef> getFields() {
        return getEntry() == null ? List.of() : getEntry().fields();
    }

    public List<AttachmentDef> getAttachmentDefs() {
        return getEntry() == null ? List.of() : getEntry().attachments();
    }

    public String file() {
        Map<String, Upload> uploads = new LinkedHashMap<>();
        for (AttachmentDef a : getAttachmentDefs()) {
            uploads.put(a.key(), Upload.of(getFiles().get(a.key())));
        }
        long id = desk.file(
                typeCode,
                new CounterDesk.Person(name, nik, birthPlace, birthDate, address, phone),
                new CounterDesk.Subject(subjectName, subjectNik, subjectRelation),
                answers,
                uploads);
        FacesMessages.info("letters.counter.filed");
        FacesMessages.keepForNextRequest();
        return LetterRoutes.OFFICE_REQUEST + "?faces-redirect=true&id=" + id;
    }

    public FamilyRelation[] getRelations() {
        return FamilyRelation.values();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectNik() {
        return subjectNik;
    }

    public void setSubjectNik(String subjectNik) {
        this.subjectNik = subjectNik;
    }

    public FamilyRelation getSubjectRelation() {
        return subjectRelation;
    }

    public void setSubjectRelation(FamilyRelation subjectRelation) {
        this.subjectRelation = subjectRelation;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }
}
