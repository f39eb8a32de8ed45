package id.portaldesa.letters.web;

import id.portaldesa.account.FamilyRelation;
import id.portaldesa.letters.AttachmentDef;
import id.portaldesa.letters.FieldDef;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.letters.SubjectKind;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /surat/draf?id=…&langkah=…}: a request filled in step by step, without JavaScript. Every step
 * is a form that posts, is saved in the database and leads to the next step's address, so the
 * resident can stop anywhere and go on later, on this device or another.
 */
@Named("letterDraftPage")
@ViewScoped
public class DraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentRequests requests;

    private long id;
    private int step;
    private transient ResidentRequests.Draft draft;

    private SubjectKind subjectKind = SubjectKind.SELF;
    private Long familyMemberId;
    private String otherName;
    private String otherNik;
    private FamilyRelation otherRelation;
    private Map<String, String> answers = new HashMap<>();
    private transient Map<String, Part> files = new HashMap<>();

    /** The address of a draft's step. */
    static String outcome(long id, int step) {
        return LetterRoutes.DRAFT + "?faces-redirect=true&id=" + id + "&langkah=" + step;
    }

    /**
     * Only reads the address: a NotFoundException thrown while the bean is created reaches the page
     * wrapped by Weld (a 500), so the draft is loaded by the view action ({@link #check}).
     */
    @PostConstruct
    void read() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            id = Long.parseLong(parameters.getOrDefault("id", ""));
        } catch (NumberFormatException e) {
            id = 0;
        }
        askedStep = parameters.get("langkah");
    }

    private String askedStep;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        if (id <= 0) {
            throw new NotFoundException();
        }
        loaded = true;
        Map<String, String> parameters = Map.of("langkah", askedStep == null ? "" : askedStep);
        draft = requests.draft(id);
        int asked;
        try {
            asked = Integer.parseInt(
                    parameters.get("langkah").isEmpty() ? String.valueOf(draft.step()) : parameters.get("langkah"));
        } catch (NumberFormatException e) {
            asked = draft.step();
        }
        // A step is reached in order: one not reached yet shows the furthest one reached.
        step = Math.max(ResidentRequests.SUBJECT, Math.min(asked, Math.min(draft.step(), ResidentRequests.REVIEW)));
        subjectKind = draft.subjectKind();
        answers = draft.answersCopy();
        if (draft.subjectKind() == SubjectKind.OTHER) {
            otherName = draft.subjectName();
            otherRelation = draft.subjectRelation() == null ? null : FamilyRelation.valueOf(draft.subjectRelation());
        }
    }

    /**
     * The page's view action: loads the draft, 404 when it is not the person's; a request already
     * sent has its status page instead (a double-clicked submit lands there with the one reference).
     */
    public String check() {
        load();
        if (!draft.state().editableByResident()) {
            return LetterRoutes.REQUEST + "?faces-redirect=true&nomor=" + draft.reference();
        }
        return null;
    }

    public ResidentRequests.Draft getDraft() {
        load();
        if (draft == null) {
            draft = requests.draft(id);
        }
        return draft;
    }

    public String saveSubject() {
        requests.saveSubject(
                id,
                new ResidentRequests.SubjectChoice(subjectKind, familyMemberId, otherName, otherNik, otherRelation));
        return outcome(id, ResidentRequests.ANSWERS);
    }

    public String saveAnswers() {
        requests.saveAnswers(id, answers);
        return outcome(id, ResidentRequests.ATTACHMENTS);
    }

    /** Stores every file chosen on the scans step; the step stays open for more. */
    public String upload() {
        int stored = 0;
        for (AttachmentDef a : getDraft().type().attachments()) {
            Part part = files == null ? null : files.get(a.key());
            Upload upload = Upload.of(part);
            if (!upload.isEmpty()) {
                requests.attach(id, a.key(), upload);
                stored++;
            }
        }
        if (stored == 0) {
            FacesMessages.error("letters.attachment.noneChosen");
            return null;
        }
        FacesMessages.info("letters.attachment.stored");
        FacesMessages.keepForNextRequest();
        return outcome(id, ResidentRequests.ATTACHMENTS);
    }

    public String removeAttachment(long attachmentId) {
        requests.detach(id, attachmentId);
        return outcome(id, ResidentRequests.ATTACHMENTS);
    }

    public String attachmentsDone() {
        requests.attachmentsDone(id);
        return outcome(id, ResidentRequests.REVIEW);
    }

    public String submit() {
        String reference = requests.submit(id);
        FacesMessages.info("letters.submitted", reference);
        FacesMessages.keepForNextRequest();
        return LetterRoutes.REQUEST + "?faces-redirect=true&nomor=" + reference;
    }

    public String discard() {
        requests.discard(id);
        FacesMessages.info("letters.draft.discarded");
        FacesMessages.keepForNextRequest();
        return LetterRoutes.MINE + "?faces-redirect=true";
    }

    public List<FieldDef> getFields() {
        return getDraft().type().fields();
    }

    public List<AttachmentDef> getAttachmentDefs() {
        return getDraft().type().attachments();
    }

    public SubjectKind[] getSubjectKinds() {
        return SubjectKind.values();
    }

    public FamilyRelation[] getRelations() {
        return FamilyRelation.values();
    }

    public long getId() {
        return id;
    }

    public int getStep() {
        return step;
    }

    public int[] getSteps() {
        return new int[] {
            ResidentRequests.SUBJECT, ResidentRequests.ANSWERS, ResidentRequests.ATTACHMENTS, ResidentRequests.REVIEW
        };
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind == null ? SubjectKind.SELF : subjectKind;
    }

    public Long getFamilyMemberId() {
        return familyMemberId;
    }

    public void setFamilyMemberId(Long familyMemberId) {
        this.familyMemberId = familyMemberId;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getOtherNik() {
        return otherNik;
    }

    public void setOtherNik(String otherNik) {
        this.otherNik = otherNik;
    }

    public FamilyRelation getOtherRelation() {
        return otherRelation;
    }

    public void setOtherRelation(FamilyRelation otherRelation) {
        this.otherRelation = otherRelation;
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
