package id.portaldesa.catalogue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells a seller, by mail through the outbox (in the transaction of the decision), what the village
 * admin decided about their shop or a product, with the reason and a link to their shop page. In
 * the language the seller asked in.
 */
@ApplicationScoped
public class SellerMails {

    static final String SHOP_VIEW = "/resident/catalogue/shop.xhtml";

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    /** {@code catalogue.mail.seller.<STATE>.subject/body}: {0} shop, {1} village, {2} reason, {3} link. */
    void sellerDecided(Seller seller) {
        String key = "catalogue.mail.seller." + seller.getState();
        send(seller, key, seller.getShopName(), seller.getReason());
    }

    /** {@code catalogue.mail.product.<STATE>.subject/body}: {0} product, {1} village, {2} reason, {3} link. */
    void productDecided(Seller seller, Product product) {
        String key = "catalogue.mail.product." + product.getState();
        send(seller, key, product.getDraftName(), product.getReason());
    }

    private void send(Seller seller, String key, String what, String reason) {
        Account account =
                accounts.find(seller.getAccountId()).filter(Account::isUsable).orElse(null);
        if (account == null) {
            return;
        }
        VillageRef village = currentVillage.require();
        Locale locale = Locale.forLanguageTag(seller.getLanguage());
        String link = links.page(village, SHOP_VIEW);
        String because = reason == null ? "" : reason;
        mail.fire(new OutgoingMail(
                village.id(),
                account.getEmail(),
                Messages.get(locale, key + ".subject", what, village.name()),
                Messages.get(locale, key + ".body", what, village.name(), because, link)));
    }
}
