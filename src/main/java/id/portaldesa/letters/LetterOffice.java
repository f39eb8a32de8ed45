package id.portaldesa.letters;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Membership;
import id.portaldesa.account.OfficialTitle;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.Position;
import id.portaldesa.account.Resident;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.account.security.LoginThrottling;
import id.portaldesa.letters.issue.IssueOrder;
import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.letters.issue.LetterIssuer;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What officials do with letter requests in the back office: their inbox (what waits for them,
 * oldest first), a request with its scans and history, and the moves of the workflow, each only by
 * whoever's turn it is (an official acting out of turn, without the permission or in another village
 * is refused); signing asks for the signer's password again and issues the letter in the same
 * transaction; the register of outgoing letters; recorded printings.
 */
@ApplicationScoped
@Transactional
public class LetterOffice {

    /** The letter permissions; holding none of them, the letters pages do not exist for a person. */
    static final Set<Permission> LETTER_PERMISSIONS = EnumSet.of(
            Permission.PROCESS_LETTERS, Permission.VERIFY_LETTERS, Permission.SIGN_LETTERS, Permission.REVOKE_LETTERS);

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LetterRequestRepository requests;

    @Inject
    LetterTypeRepository types;

    @Inject
    LetterWorkflow workflow;

    @Inject
    LetterSettingsService settings;

    @Inject
    RequestViews views;

    @Inject
    LetterBodies bodies;

    @Inject
    LetterIssuer issuer;

    @Inject
    LetterPrintRepository prints;

    @Inject
    ResidentRepository residents;

    @Inject
    AccountRepository accounts;

    @Inject
    LoginThrottling throttling;

    @Inject
    PasswordHasher passwords;

    @Inject
    VillageClock villageClock;

    @Inject
    Clock clock;

    /** A line of an inbox: what it is, for whom, since when it waits. */
    public record InboxRow(
            long id,
            String reference,
            String typeName,
            LetterState state,
            String subjectName,
            Instant submittedAt,
            Instant waitingSince)
            implements java.io.Serializable {}

    /** A line of the register of outgoing letters. */
    public record RegisterRow(
            long id,
            String number,
            String reference,
            String typeCode,
            String typeName,
            String subjectName,
            String signerName,
            Instant issuedAt,
            LetterState state)
            implements java.io.Serializable {}

    /** Whether this person works on letters at all (holds one of the letter permissions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean worksOnLetters() {
        return LETTER_PERMISSIONS.stream().anyMatch(user::can);
    }

    /** The states of requests that wait for this person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<LetterState> myTurns() {
        requireLetters();
        return Turns.waitingFor(mine(), user.position().orElse(null), settings.current());
    }

    /** What waits for this person, oldest first, paged in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<InboxRow> inbox(@NotNull PageRequest page) {
        Set<LetterState> states = myTurns();
        return requests.waitingIn(states, page)
                .map(r -> new InboxRow(
                        r.getId(),
                        r.getReference(),
                        r.getTypeName(),
                        r.getState(),
                        r.getSubjectKind() == SubjectKind.SELF ? null : r.getSubjectName(),
                        r.getSubmittedAt(),
                        r.getStateSince()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long waitingCount() {
        return requests.countIn(myTurns());
    }

    /** One request with its scans and history, NIKs in full (for processing staff only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView view(long id) {
        requireLetters();
        return views.of(requests.require(id), true);
    }

    /** What this person may do with the request now; the page offers exactly these. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Action> actions(long id) {
        requireLetters();
        LetterRequest r = requests.require(id);
        return actionsOn(r);
    }

    /** The operator checked the request: it goes on to the sekdes (or the kades). */
    public void check(long id, @Size(max = 1000) String note) {
        LetterRequest r = inTurn(id, Action.CHECK);
        workflow.moveTo(r, LetterState.CHECKED, actor(), note);
    }

    /** A request from a resident who was not confirmed yet, released once they are. */
    public void release(long id) {
        LetterRequest r = inTurn(id, Action.RELEASE);
        boolean confirmed = r.getApplicantAccountId() != null
                && residents
                        .ofAccount(r.getApplicantAccountId())
                        .map(Resident::isConfirmed)
                        .orElse(false);
        if (!confirmed) {
            throw new BusinessException("letters.release.notConfirmed");
        }
        workflow.moveTo(r, LetterState.SUBMITTED, actor(), null);
    }

    /** Back to the resident, with a note of what to fix. */
    public void returnToResident(long id, @Size(max = 1000) String note) {
        LetterRequest r = inTurn(id, Action.RETURN);
        if (note == null || note.isBlank()) {
            throw new BusinessException("letters.return.noteRequired");
        }
        workflow.moveTo(r, LetterState.RETURNED, actor(), note);
    }

    public void reject(long id, @Size(max = 1000) String reason) {
        LetterRequest r = inTurn(id, Action.REJECT);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("letters.reject.reasonRequired");
        }
        workflow.moveTo(r, LetterState.REJECTED, actor(), reason);
    }

    /** The sekdes verified the checked request. */
    public void verify(long id, @Size(max = 1000) String note) {
        LetterRequest r = inTurn(id, Action.VERIFY);
        workflow.moveTo(r, LetterState.VERIFIED, actor(), note);
    }

    /**
     * Signs the request and issues its letter, in one transaction: the signer's password is asked
     * again (counted like a login, so a borrowed session cannot guess it), the printed name and title
     * are the signer's now (an acting Plt./Pj. title as their appointment has it; the sekdes "a.n.
     * Kepala Desa" where the village allows it), and the issuing side numbers, renders, signs and
     * stores the letter. Nothing is signed if any of it fails.
     */
    public IssuedLetter sign(long id, String password) {
        LetterRequest r = inTurn(id, Action.SIGN);
        Account signer = accounts.find(actor()).orElseThrow(NotFoundException::new);
        checkPassword(signer, password == null ? "" : password);
        VillageRef village = currentVillage.require();
        LetterSettings.Values s = settings.current();
        Turns.Signing how = Turns.signing(mine(), user.position().orElse(null), s);
        Membership membership = user.getMemberships().stream()
                .filter(m -> m.getRole() == Role.OFFICIAL)
                .filter(m -> how == Turns.Signing.HEAD
                        ? m.getPosition() == Position.HEAD
                        : m.getPosition() == Position.SECRETARY)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        String title = OfficialTitle.of(
                membership.getPosition(),
                membership.getActing(),
                membership.getOfficialTitle(),
                village.code(),
                village.name());
        String onBehalf = how == Turns.Signing.ON_BEHALF
                ? "a.n. " + OfficialTitle.suggest(Position.HEAD, null, village.code(), village.name())
                : null;
        Instant now = clock.instant();
        LocalDate today = villageClock.of(village).dateOf(now);
        LetterTypeDefinition type =
                types.find(r.getTypeId()).map(LetterType::definition).orElseThrow(NotFoundException::new);
        r.signed(signer.getId(), signer.getDisplayName(), title, onBehalf, now);
        workflow.moveTo(r, LetterState.SIGNED, signer.getId(), null);
        Map<String, String> values = bodies.values(r, type, village, today, signer.getDisplayName(), title);
        IssuedLetter letter = issuer.issue(new IssueOrder(
                r.getId(),
                type.code(),
                type.name(),
                type.classificationCode(),
                bodies.body(type, values),
                values.get("subjek.nama"),
                signer.getDisplayName(),
                title,
                onBehalf,
                today));
        r.issued(letter.id(), letter.number(), clock.instant());
        workflow.moveTo(r, LetterState.ISSUED, signer.getId(), letter.number());
        return letter;
    }

    /** Revokes an issued letter (REVOKE_LETTERS): the verification page says so from now on. */
    public void revoke(long id, @Size(max = 1000) String reason) {
        LetterRequest r = inTurn(id, Action.REVOKE);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("letters.revoke.reasonRequired");
        }
        issuer.revoke(r.getIssuedLetterId(), reason.strip());
        workflow.moveTo(r, LetterState.REVOKED, actor(), reason);
    }

    /** Records that the issued letter was printed (for the wet signature and stamp). */
    public void recordPrint(long id) {
        requireLetters();
        LetterRequest r = requests.require(id);
        if (r.getIssuedLetterId() == null) {
            throw new BusinessException("letters.print.notIssued");
        }
        prints.add(new LetterPrint(r.getVillageId(), r.getId(), actor(), clock.instant()));
    }

    /** Who printed the letter and when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Printed> printsOf(long id) {
        requireLetters();
        LetterRequest r = requests.require(id);
        return prints.ofRequest(r.getId()).stream()
                .map(p -> new Printed(
                        accounts.find(p.getPrintedBy())
                                .map(Account::getDisplayName)
                                .orElse("?"),
                        p.getPrintedAt()))
                .toList();
    }

    /** The issued letter's PDF, for staff working on letters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream pdf(long id) {
        requireLetters();
        LetterRequest r = requests.require(id);
        if (r.getIssuedLetterId() == null) {
            throw new NotFoundException();
        }
        return issuer.openPdf(r.getIssuedLetterId());
    }

    /** The register of outgoing letters, filtered, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<RegisterRow> register(
            @NotNull LetterRequestRepository.RegisterFilter filter, @NotNull PageRequest page) {
        requireLetters();
        return requests.register(filter, page)
                .map(r -> new RegisterRow(
                        r.getId(),
                        r.getLetterNumber(),
                        r.getReference(),
                        r.getTypeCode(),
                        r.getTypeName(),
                        r.getSubjectKind() == SubjectKind.SELF ? null : r.getSubjectName(),
                        r.getSignerName(),
                        r.getIssuedAt(),
                        r.getState()));
    }

    /** The village's letter types that appear in the register's filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LetterType> types() {
        requireLetters();
        return types.all();
    }

    public record Printed(String by, Instant at) implements java.io.Serializable {}

    /** What an official can do to a request. */
    public enum Action {
        RELEASE,
        CHECK,
        RETURN,
        REJECT,
        VERIFY,
        SIGN,
        REVOKE
    }

    Set<Action> actionsOn(LetterRequest r) {
        LetterSettings.Values s = settings.current();
        Set<Permission> mine = mine();
        Position position = user.position().orElse(null);
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        LetterState state = r.getState();
        if (state == LetterState.ISSUED && mine.contains(Permission.REVOKE_LETTERS)) {
            actions.add(Action.REVOKE);
        }
        if (!Turns.waitingFor(mine, position, s).contains(state)) {
            return actions;
        }
        switch (state) {
            case AWAITING_CONFIRMATION -> {
                actions.add(Action.RELEASE);
                actions.add(Action.REJECT);
            }
            case SUBMITTED -> {
                actions.add(Action.CHECK);
                actions.add(Action.RETURN);
                actions.add(Action.REJECT);
            }
            case CHECKED, VERIFIED -> {
                if (state == LetterState.CHECKED && s.secretaryStep() && mine.contains(Permission.VERIFY_LETTERS)) {
                    actions.add(Action.VERIFY);
                }
                if (Turns.signable(state, s) && Turns.signing(mine, position, s) != Turns.Signing.NONE) {
                    actions.add(Action.SIGN);
                }
                actions.add(Action.RETURN);
                actions.add(Action.REJECT);
            }
            default -> {}
        }
        return actions;
    }

    /** The request, locked, if this action is this person's to take now; else refused. */
    private LetterRequest inTurn(long id, Action action) {
        requireLetters();
        LetterRequest r = requests.lock(id);
        if (!actionsOn(r).contains(action)) {
            throw new BusinessException("letters.notYourTurn");
        }
        return r;
    }

    private void checkPassword(Account account, String password) {
        // Counted before the check, like a login and the settings pages, and taken back when right.
        Duration locked = throttling.chargeAccount(account.getEmail());
        if (!locked.isZero()) {
            throw new BusinessException("account.login.locked", Math.max(1, locked.toMinutes() + 1));
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            throw new BusinessException("letters.sign.wrongPassword");
        }
        throttling.releaseAccount(account.getEmail());
    }

    private Set<Permission> mine() {
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        LETTER_PERMISSIONS.stream().filter(user::can).forEach(held::add);
        return held;
    }

    private void requireLetters() {
        if (!worksOnLetters()) {
            throw new NotFoundException();
        }
    }

    private long actor() {
        return user.accountId().orElseThrow(NotFoundException::new);
    }
}
