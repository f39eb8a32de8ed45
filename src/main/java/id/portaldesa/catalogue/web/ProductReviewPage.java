package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.ProductReviewService;
import id.portaldesa.catalogue.Rupiah;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The village admin's products, {@code /kantor/produk}: what waits for review first; the chosen
 * product's draft beside what the public sees, its history, and the decisions.
 */
@Named
@ViewScoped
public class ProductReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductReviewService service;

    private ProductReviewService.Filter filter = ProductReviewService.Filter.WAITING;
    private final PagedDataModel<ProductReviewService.Row> products =
            new PagedDataModel<>(request -> service.list(request, filter), ProductReviewService.Row::id);

    private Long selectedId;
    private transient ProductReviewService.Review selected;
    private String reason;

    public void select(long productId) {
        selectedId = productId;
        selected = null;
        reason = null;
    }

    public void close() {
        selectedId = null;
        selected = null;
    }

    public void approve() {
        act(() -> service.approve(selectedId), "catalogue.review.approved");
    }

    public void reject() {
        act(() -> service.reject(selectedId, reason), "catalogue.review.rejected");
    }

    public void hide() {
        act(() -> service.hide(selectedId, reason), "catalogue.review.hidden");
    }

    public void unhide() {
        act(() -> service.unhide(selectedId), "catalogue.review.shown");
    }

    public void feature(boolean featured) {
        act(() -> service.feature(selectedId, featured), "catalogue.review.featured." + featured);
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

    public ProductReviewService.Review getSelected() {
        if (selected == null && selectedId != null) {
            selected = service.review(selectedId);
        }
        return selected;
    }

    public String price(long amount) {
        return Rupiah.format(amount);
    }

    public long getWaiting() {
        return service.waiting();
    }

    public LazyDataModel<ProductReviewService.Row> getProducts() {
        return products;
    }

    public ProductReviewService.Filter[] getFilters() {
        return ProductReviewService.Filter.values();
    }

    public ProductReviewService.Filter getFilter() {
        return filter;
    }

    public void setFilter(ProductReviewService.Filter filter) {
        this.filter = filter == null ? ProductReviewService.Filter.WAITING : filter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
