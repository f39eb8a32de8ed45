package id.portaldesa.catalogue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Residents selling in their village. A confirmed resident asks to sell with a shop name and a
 * WhatsApp number; the village admin (APPROVE_PRODUCTS) approves or refuses with a reason, and may
 * suspend an approved seller and reinstate them. Every move goes through {@link SellerState#FLOW} and
 * is recorded in the shared workflow history; the seller is told by mail.
 */
@ApplicationScoped
@Transactional
public class SellerService {

    /** What this feature's changes are announced as: {@code "catalogue.seller"}. */
    static final String CHANGE = CatalogueChanges.SELLER;

    @Inject
    SellerRepository sellers;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    ResidentStatus residents;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    StateChanges stateChanges;

    @Inject
    VillageChanges changes;

    @Inject
    SellerMails mails;

    @Inject
    Clock clock;

    /** The caller's own shop in the current village, if they ever asked for one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Seller> mine() {
        user.require(Permission.USE_RESIDENT_SERVICES);
        return user.accountId().flatMap(sellers::ofAccount);
    }

    /**
     * A confirmed resident asks to sell (again, after a refusal), or changes the shop's name and number
     * while the request waits or once approved (the public sees an approved shop's change at once).
     *
     * @throws BusinessException {@code catalogue.whatsapp.invalid} for a number that is not an
     *     Indonesian mobile number; {@code resident.confirmation.required} for anyone else
     */
    public Seller ask(
            @NotBlank @Size(max = 80) String shopName,
            @NotBlank @Size(max = 30) String whatsapp,
            @NotNull Locale language) {
        user.require(Permission.USE_RESIDENT_SERVICES);
        residents.requireConfirmed();
        String number =
                WhatsApp.normalise(whatsapp).orElseThrow(() -> new BusinessException("catalogue.whatsapp.invalid"));
        String name = shopName.strip().replaceAll("\\s+", " ");
        long accountId = user.accountId().orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        Optional<Seller> existing = sellers.ofAccount(accountId);
        if (existing.isEmpty()) {
            Seller seller = new Seller(currentVillage.id(), accountId, name, number, language.toLanguageTag(), now);
            sellers.addNow(seller);
            stateChanges.move(SellerState.FLOW, seller.getId(), null, SellerState.REQUESTED, accountId, null);
            return seller;
        }
        if (existing.get().getState() == SellerState.APPROVED) {
            // First: the public shop changes, and the village's revision takes the lock before the row.
            changes.record(currentVillage.id(), CHANGE);
        }
        Seller seller = sellers.lock(existing.get().getId());
        switch (seller.getState()) {
            case REFUSED -> {
                stateChanges.move(
                        SellerState.FLOW, seller.getId(), SellerState.REFUSED, SellerState.REQUESTED, accountId, null);
                seller.decide(SellerState.REQUESTED, null, null);
                seller.askAgain(language.toLanguageTag(), now);
            }
            case APPROVED -> {
                // published at once: a shop name and number are not reviewed
            }
            case SUSPENDED -> throw new BusinessException("catalogue.seller.suspended");
            case REQUESTED -> {
                // still waiting: the new name and number are what the admin will see
            }
        }
        seller.describe(name, number);
        return seller;
    }

    /** A seller as the admin sees them: the shop and the resident behind it. */
    public record Listed(Seller seller, String personName) {

        public long id() {
            return seller.getId();
        }
    }

    /** The sellers of the village, those in {@code state} only when given: for the admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Listed> list(@NotNull PageRequest request, SellerState state) {
        user.require(Permission.APPROVE_PRODUCTS);
        return sellers.page(request, Optional.ofNullable(state)).map(this::listed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed get(long sellerId) {
        user.require(Permission.APPROVE_PRODUCTS);
        return listed(sellers.require(sellerId));
    }

    private Listed listed(Seller seller) {
        return new Listed(
                seller,
                accounts.find(seller.getAccountId())
                        .map(Account::getDisplayName)
                        .orElse("?"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        user.require(Permission.APPROVE_PRODUCTS);
        return sellers.count(SellerState.REQUESTED);
    }

    public void approve(long sellerId) {
        decide(sellerId, SellerState.APPROVED, null);
    }

    public void refuse(long sellerId, @Size(max = 500) String reason) {
        decide(sellerId, SellerState.REFUSED, Reasons.required(reason));
    }

    public void suspend(long sellerId, @Size(max = 500) String reason) {
        decide(sellerId, SellerState.SUSPENDED, Reasons.required(reason));
    }

    public void reinstate(long sellerId) {
        decide(sellerId, SellerState.APPROVED, null);
    }

    /** Moves a seller as the admin decided, records it, mails the seller; their products follow. */
    private void decide(long sellerId, SellerState next, String reason) {
        user.require(Permission.APPROVE_PRODUCTS);
        // An approved seller's products appear or disappear with the decision.
        changes.record(currentVillage.id(), CHANGE);
        Seller seller = sellers.lock(sellerId);
        stateChanges.move(
                SellerState.FLOW,
                seller.getId(),
                seller.getState(),
                next,
                user.accountId().orElse(null),
                reason);
        seller.decide(next, reason, clock.instant());
        mails.sellerDecided(seller);
    }
}
