package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.SellerService;
import id.portaldesa.catalogue.SellerState;
import id.portaldesa.catalogue.WhatsApp;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The village admin's sellers, {@code /kantor/lapak}: requests first; the chosen seller's shop and
 * the decisions (approve, refuse with a reason, suspend with a reason, reinstate). The chosen seller
 * is kept in the view, never in the address.
 */
@Named
@ViewScoped
public class SellersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SellerService service;

    private SellerState filter = SellerState.REQUESTED;
    private final PagedDataModel<SellerService.Listed> sellers =
            new PagedDataModel<>(request -> service.list(request, filter), SellerService.Listed::id);

    private Long selectedId;
    private transient SellerService.Listed selected;
    private String reason;

    public void select(long sellerId) {
        selectedId = sellerId;
        selected = null;
        reason = null;
    }

    public void close() {
        selectedId = null;
        selected = null;
    }

    public void approve() {
        act(() -> service.approve(selectedId), "catalogue.seller.approved");
    }

    public void refuse() {
        act(() -> service.refuse(selectedId, reason), "catalogue.seller.refused");
    }

    public void suspend() {
        act(() -> service.suspend(selectedId, reason), "catalogue.seller.suspendedDone");
    }

    public void reinstate() {
        act(() -> service.reinstate(selectedId), "catalogue.seller.reinstated");
    }

    private void act(Runnable action, String doneKey) {
        if (selectedId == null) {
            return;
        }
        action.run();
        FacesMessages.info(doneKey);
        reason = null;
        selected = null;
    }

    public SellerService.Listed getSelected() {
        if (selected == null && selectedId != null) {
            selected = service.get(selectedId);
        }
        return selected;
    }

    public String whatsapp(String stored) {
        return WhatsApp.display(stored);
    }

    public long getWaiting() {
        return service.waiting();
    }

    public LazyDataModel<SellerService.Listed> getSellers() {
        return sellers;
    }

    public SellerState[] getStates() {
        return SellerState.values();
    }

    public SellerState getFilter() {
        return filter;
    }

    public void setFilter(SellerState filter) {
        this.filter = filter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
