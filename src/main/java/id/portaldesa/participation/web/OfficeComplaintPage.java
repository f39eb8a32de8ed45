package id.portaldesa.participation.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.participation.Complaint;
import id.portaldesa.participation.ComplaintMessage;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.participation.ComplaintState;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.ChosenId;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /kantor/pengaduan/detail?id=…}: one complaint for the office: the verified contact (also of
 * an anonymous complainant), photos, assignment, priority, internal notes and replies (which the
 * complainant reads and is mailed), moves, its history; for the admin, publishing it as a "problem
 * solved" story when it is resolved and the complainant consented.
 */
@Named
@ViewScoped
public class OfficeComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    @Inject
    StateChanges stateChanges;

    private long id;
    private String assignee;
    private String priority;
    private String kind = ComplaintMessage.Kind.REPLY.name();
    private String text;
    private String status;
    private String note;
    private String storyTitle;
    private String storyText;
    private transient Complaint complaint;
    private transient Map<Long, String> staff;

    @PostConstruct
    void load() {
        id = ChosenId.ofRequest();
    }

    /** The view action: another village's, an unconfirmed or a missing complaint is a 404. */
    public void find() {
        if (id < 0) {
            throw new NotFoundException();
        }
        if (id > 0) {
            getComplaint();
        }
    }

    /** Without an id the page only asks to choose a complaint from the queue. */
    public boolean isChosen() {
        return id > 0;
    }

    public Complaint getComplaint() {
        if (complaint == null) {
            complaint = complaints.officeView(id);
        }
        return complaint;
    }

    public boolean isOverdue() {
        return complaints.isOverdue(getComplaint());
    }

    public Map<Long, String> getStaff() {
        if (staff == null) {
            staff = complaints.staffNames();
        }
        return staff;
    }

    public String getAssigneeName() {
        Long a = getComplaint().getAssigneeAccountId();
        return a == null ? "" : getStaff().getOrDefault(a, "");
    }

    public List<Long> getStaffIds() {
        return List.copyOf(getStaff().keySet());
    }

    public List<String> getPriorities() {
        return Arrays.stream(Complaint.Priority.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return List.of(ComplaintMessage.Kind.REPLY.name(), ComplaintMessage.Kind.NOTE.name());
    }

    /** The states the complaint may move to from the office (not back to new). */
    public List<String> getMoves() {
        return ComplaintState.FLOW.next(getComplaint().getState()).stream()
                .filter(s -> s != ComplaintState.NEW && s != ComplaintState.UNCONFIRMED)
                .map(Enum::name)
                .toList();
    }

    public List<ComplaintMessage> getMessages() {
        return complaints.officeMessages(id);
    }

    public List<MediaRef> getPhotos() {
        return complaints.officePhotos(id);
    }

    public List<StateChange> getHistory() {
        getComplaint();
        return stateChanges.historyOf(ComplaintState.FLOW.subject(), id);
    }

    public boolean isMayPublishStory() {
        Complaint c = getComplaint();
        return complaints.mayPublishStories() && c.getState() == ComplaintState.RESOLVED && c.isStoryConsent();
    }

    public String assign() {
        complaints.assign(id, parseLong(getAssignee()));
        return done("participation.complaint.done.assigned");
    }

    public String prioritise() {
        complaints.prioritise(id, Complaint.Priority.valueOf(oneOf(getPriority(), getPriorities())));
        return done("participation.complaint.done.prioritised");
    }

    public String write() {
        complaints.write(id, ComplaintMessage.Kind.valueOf(oneOf(kind, getKinds())), text);
        return done("participation.complaint.done.written");
    }

    public String move() {
        complaints.move(id, ComplaintState.valueOf(oneOf(status, getMoves())), note);
        return done("participation.complaint.done.moved");
    }

    public String publishStory() {
        complaints.publishStory(id, getStoryTitle(), getStoryText());
        return done("participation.story.done.published");
    }

    public String withdrawStory() {
        complaints.withdrawStory(id);
        return done("participation.story.done.withdrawn");
    }

    private static String oneOf(String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new NotFoundException();
        }
        return value;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new id.portaldesa.shared.BusinessException("participation.complaint.assignee.invalid");
        }
    }

    private String done(String key) {
        FacesMessages.info(key);
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.OFFICE_COMPLAINT + "?faces-redirect=true&id=" + id;
    }

    /** What the form shows: what was posted, else the complaint's own value (never overwritten by the view action). */
    public String getAssignee() {
        if (assignee == null && getComplaint().getAssigneeAccountId() != null) {
            return String.valueOf(getComplaint().getAssigneeAccountId());
        }
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getPriority() {
        return priority == null ? getComplaint().getPriority().name() : priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getStoryTitle() {
        return storyTitle == null ? getComplaint().getStoryTitle() : storyTitle;
    }

    public void setStoryTitle(String storyTitle) {
        this.storyTitle = storyTitle;
    }

    public String getStoryText() {
        return storyText == null ? getComplaint().getStoryText() : storyText;
    }

    public void setStoryText(String storyText) {
        this.storyText = storyText;
    }
}
