package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A resident's shop (lapak) in their village: the name the public sees and the WhatsApp number
 * buyers order through. One per person and village. The person behind it (their account) is never
 * shown to the public: only the shop name and the number they gave for it.
 */
@Entity
@Table(name = "catalogue_seller")
public class Seller extends VillageOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "shop_name", nullable = false)
    private String shopName;

    /** Digits only, country code first ({@link WhatsApp#isStored}). */
    @Column(nullable = false)
    private String whatsapp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SellerState state;

    /** Why the admin refused or suspended; null otherwise. */
    private String reason;

    /** The language the person asked in: mails about the shop are written in it. */
    @Column(nullable = false)
    private String language;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Seller() {}

    Seller(long villageId, long accountId, String shopName, String whatsapp, String language, Instant now) {
        super(villageId);
        this.accountId = accountId;
        this.state = SellerState.REQUESTED;
        describe(shopName, whatsapp);
        this.language = language;
        this.requestedAt = now;
    }

    void describe(String shopName, String whatsapp) {
        this.shopName = shopName;
        this.whatsapp = whatsapp;
    }

    void askAgain(String language, Instant now) {
        this.language = language;
        this.requestedAt = now;
        this.decidedAt = null;
    }

    void decide(SellerState next, String reason, Instant now) {
        this.state = next;
        this.reason = reason;
        this.decidedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getShopName() {
        return shopName;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    public SellerState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
