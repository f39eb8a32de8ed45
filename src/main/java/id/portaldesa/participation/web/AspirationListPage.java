package id.portaldesa.participation.web;

import id.portaldesa.participation.AspirationState;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.PublicAspirations;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * {@code /aspirasi?kategori=&status=&urut=&hal=}: the village's published aspirations, newest or most
 * supported first, {@value #PAGE_SIZE} a page, from memory while nothing changed. An unknown filter,
 * sort or a page past the end is not found.
 */
@Named
@RequestScoped
public class AspirationListPage {

    public static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 10_000;

    @Inject
    CurrentVillage village;

    @Inject
    PublicAspirations aspirations;

    private String page;
    private String category;
    private String status;
    private String sort;
    private Slice<PublicAspirations.Card> slice;
    private Category currentCategory;
    private AspirationState currentStatus;
    private PublicAspirations.Sort currentSort;

    public void load() {
        currentCategory = blank(category) ? null : Category.parse(category).orElseThrow(NotFoundException::new);
        currentStatus = blank(status)
                ? null
                : AspirationState.parse(status)
                        .filter(AspirationState::isPublic)
                        .orElseThrow(NotFoundException::new);
        currentSort = PublicAspirations.Sort.parse(sort).orElseThrow(NotFoundException::new);
        int number = pageNumber();
        slice = aspirations.page(
                village.id(),
                currentCategory,
                currentStatus,
                currentSort,
                new PageRequest((number - 1) * PAGE_SIZE, PAGE_SIZE, Optional.empty(), true, Optional.empty()));
        if (number > 1 && slice.items().isEmpty()) {
            throw new NotFoundException();
        }
        // Each checked filter, sort and page is a page of its own, kept for anonymous visitors like
        // the first (ParticipationViews); anything else in the query is rendered for every visitor.
        java.util.Map<String, String> own = new java.util.LinkedHashMap<>();
        if (!blank(page)) {
            own.put("hal", page);
        }
        if (!blank(category)) {
            own.put("kategori", category);
        }
        if (!blank(status)) {
            own.put("status", status);
        }
        if (!blank(sort)) {
            own.put("urut", sort);
        }
        id.portaldesa.shared.web.CacheableViews.storableAt(
                (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequest(),
                own);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private int pageNumber() {
        if (blank(page)) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n < 1 || n > MAX_PAGE) {
                throw new NotFoundException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public List<PublicAspirations.Card> getItems() {
        return slice.items();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public List<AspirationState> getStatuses() {
        return List.of(
                AspirationState.PUBLISHED,
                AspirationState.UNDER_REVIEW,
                AspirationState.PLANNED,
                AspirationState.IN_PROGRESS,
                AspirationState.DONE,
                AspirationState.NOT_FEASIBLE);
    }

    public Category getCurrentCategory() {
        return currentCategory;
    }

    public AspirationState getCurrentStatus() {
        return currentStatus;
    }

    public boolean isBySupport() {
        return currentSort == PublicAspirations.Sort.MOST_SUPPORTED;
    }

    public String getCategoryParam() {
        return currentCategory == null ? null : currentCategory.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getStatusParam() {
        return currentStatus == null ? null : currentStatus.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getSortParam() {
        return isBySupport() ? PublicAspirations.Sort.MOST_SUPPORTED.param() : null;
    }

    public int getNumber() {
        return slice.request().first() / PAGE_SIZE + 1;
    }

    public int getPages() {
        return (int) Math.max(1, (slice.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getTotal() {
        return slice.total();
    }

    public boolean isHasNext() {
        return slice.hasNext();
    }

    public boolean isHasPrevious() {
        return getNumber() > 1;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
