package id.portaldesa.account.web;

import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * The staff page of residents ({@code /kantor/warga}): a lazy table paged in the database, and the
 * chosen resident's details with the actions. The chosen resident is kept in the view, never in the
 * address; NIK values appear only in the details, for processing staff.
 */
@Named
@ViewScoped
public class ResidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentOfficeService service;

    private String search;
    private ResidentRepository.Filter filter = ResidentRepository.Filter.ALL;
    /** Pages in the database; the sort keys are the ones the repository declares, the search box is the page's own. */
    private final PagedDataModel<ResidentOfficeService.Summary> residents = new PagedDataModel<>(
            request -> service.list(
                    new PageRequest(
                            request.first(),
                            request.size(),
                            request.sort(),
                            request.ascending(),
                            Optional.ofNullable(search)),
                    filter),
            ResidentOfficeService.Summary::id);

    private Long selectedId;
    private transient ResidentOfficeService.Details details;

    private ConfirmationMethod method = ConfirmationMethod.COUNTER;
    private String note;
    private String newNik;
    private String nikSeen;
    private String rightfulEmail;

    /** Details are read afresh for every render, so another operator's change shows. */
    public void refresh() {
        details = null;
    }

    public void select(long residentId) {
        selectedId = residentId;
        details = null;
        clearInputs();
    }

    public void close() {
        selectedId = null;
        details = null;
    }

    public void confirm() {
        act(() -> service.confirm(selectedId, method, note), "resident.confirm.done");
    }

    public void disable() {
        act(() -> service.disable(selectedId, note), "resident.disable.done");
    }

    public void enable() {
        act(() -> service.enable(selectedId), "resident.enable.done");
    }

    public void correctNik() {
        act(() -> service.correctNik(selectedId, newNik == null ? "" : newNik, note), "resident.nik.corrected");
    }

    public void resolve() {
        act(
                () -> {
                    Long rightful = null;
                    if (rightfulEmail != null && !rightfulEmail.isBlank()) {
                        rightful = service.residentWithEmail(rightfulEmail)
                                .orElseThrow(() -> new BusinessException("resident.dispute.noSuchResident"));
                    }
                    service.resolveNikConflict(selectedId, nikSeen == null ? "" : nikSeen, rightful, method, note);
                },
                "resident.dispute.resolved");
    }

    private void act(Runnable action, String doneKey) {
        if (selectedId == null) {
            return;
        }
        // A refusal becomes the page's message in PortalExceptionHandlerFactory, the input kept.
        action.run();
        FacesMessages.info(doneKey);
        clearInputs();
        details = null;
    }

    private void clearInputs() {
        note = null;
        newNik = null;
        nikSeen = null;
        rightfulEmail = null;
    }

    public ResidentOfficeService.Details getDetails() {
        if (details == null && selectedId != null) {
            details = service.details(selectedId);
        }
        return details;
    }

    public LazyDataModel<ResidentOfficeService.Summary> getResidents() {
        return residents;
    }

    public ResidentRepository.Filter[] getFilters() {
        return ResidentRepository.Filter.values();
    }

    public ConfirmationMethod[] getMethods() {
        return ConfirmationMethod.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public ResidentRepository.Filter getFilter() {
        return filter;
    }

    public void setFilter(ResidentRepository.Filter filter) {
        this.filter = filter == null ? ResidentRepository.Filter.ALL : filter;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public ConfirmationMethod getMethod() {
        return method;
    }

    public void setMethod(ConfirmationMethod method) {
        this.method = method;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNewNik() {
        return newNik;
    }

    public void setNewNik(String newNik) {
        this.newNik = newNik;
    }

    public String getNikSeen() {
        return nikSeen;
    }

    public void setNikSeen(String nikSeen) {
        this.nikSeen = nikSeen;
    }

    public String getRightfulEmail() {
        return rightfulEmail;
    }

    public void setRightfulEmail(String rightfulEmail) {
        this.rightfulEmail = rightfulEmail;
    }
}
