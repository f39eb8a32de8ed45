package id.portaldesa.catalogue.web;

import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.catalogue.Product;
import id.portaldesa.catalogue.ProductService;
import id.portaldesa.catalogue.Rupiah;
import id.portaldesa.catalogue.Seller;
import id.portaldesa.catalogue.SellerService;
import id.portaldesa.catalogue.SellerState;
import id.portaldesa.catalogue.WhatsApp;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The resident's own shop, {@code /akun/lapak}: asking to sell (shop name, WhatsApp number), where
 * the request stands (with the admin's reason), and once approved the shop's products with where
 * each stands.
 */
@Named
@ViewScoped
public class ShopPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SellerService sellers;

    @Inject
    ProductService products;

    @Inject
    ResidentStatus residents;

    @Inject
    CurrentUser user;

    @Inject
    CurrentLanguage language;

    @NotBlank
    @Size(max = 80)
    private String shopName;

    @NotBlank
    @Size(max = 30)
    private String whatsapp;

    private transient Optional<Seller> seller;
    private transient List<Product> own;

    @PostConstruct
    void load() {
        Optional<Seller> mine = mine();
        shopName = mine.map(Seller::getShopName).orElse(null);
        whatsapp = mine.map(s -> WhatsApp.display(s.getWhatsapp()))
                .orElseGet(() -> Optional.ofNullable(user.getAccount())
                        .map(a -> a.getWhatsapp())
                        .map(n -> id.portaldesa.account.PhoneNumbers.display(n))
                        .orElse(null));
    }

    public void ask() {
        SellerState before = mine().map(Seller::getState).orElse(null);
        try {
            sellers.ask(shopName, whatsapp, language.getLocale());
        } catch (BusinessException e) {
            if (e.getMessageKey().equals("catalogue.whatsapp.invalid")) {
                FacesMessages.errorOn("shop:whatsapp", e.getMessageKey());
                return;
            }
            throw e;
        }
        seller = null;
        FacesMessages.info(
                before == SellerState.APPROVED || before == SellerState.REQUESTED
                        ? "catalogue.shop.saved"
                        : "catalogue.shop.asked");
    }

    private Optional<Seller> mine() {
        if (seller == null) {
            seller = sellers.mine();
        }
        return seller;
    }

    /** The shop, or null before the resident ever asked. */
    public Seller getSeller() {
        return mine().orElse(null);
    }

    public boolean isConfirmedResident() {
        return residents.isConfirmedResident();
    }

    public boolean isApproved() {
        return mine().map(s -> s.getState() == SellerState.APPROVED).orElse(false);
    }

    /** The shop's products, once approved. */
    public List<Product> getProducts() {
        if (own == null) {
            own = isApproved() && isConfirmedResident() ? products.mine() : List.of();
        }
        return own;
    }

    public String price(long amount) {
        return Rupiah.format(amount);
    }

    public String getWhatsappShown() {
        return mine().map(s -> WhatsApp.display(s.getWhatsapp())).orElse("");
    }

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    public void setWhatsapp(String whatsapp) {
        this.whatsapp = whatsapp;
    }
}
