package id.portaldesa.platform;

import id.portaldesa.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invites the admins of many villages from an uploaded file ({@link AdminCsv}): every row is checked
 * and done on its own ({@link VillageAdminInvitations#invite}, one transaction each), and reported
 * with its outcome or the reason it was refused. A bad row never stops the others.
 */
@ApplicationScoped
public class VillageAdminImport {

    /** One row's result: an i18n key with its arguments, and whether the row was done. */
    public record RowResult(
            int line, String code, String name, String email, boolean done, String messageKey, Object[] arguments)
            implements Serializable {}

    /** The email column as Bean Validation checks it everywhere else. */
    record EmailField(@NotBlank @Email String email) {}

    @Inject
    VillageAdminInvitations invitations;

    @Inject
    Validator validator;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<RowResult> importFile(byte[] file, boolean replace, Long invitedBy, @NotNull Locale locale) {
        List<AdminCsv.Row> rows = AdminCsv.parse(file);
        List<RowResult> results = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        for (AdminCsv.Row row : rows) {
            results.add(importRow(row, seen, replace, invitedBy, locale));
        }
        return results;
    }

    private RowResult importRow(AdminCsv.Row row, Set<String> seen, boolean replace, Long invitedBy, Locale locale) {
        if (!row.wellFormed()) {
            return refused(row, row.problem());
        }
        if (!validator.validateValue(EmailField.class, "email", row.email()).isEmpty()) {
            return refused(row, "regency.row.email", row.email());
        }
        if (!seen.add(row.code() + " " + row.email().toLowerCase(Locale.ROOT))) {
            return refused(row, "regency.row.duplicate");
        }
        try {
            VillageAdminInvitations.Outcome outcome =
                    invitations.invite(row.code(), row.name(), row.email(), replace, invitedBy, locale);
            return new RowResult(
                    row.line(),
                    row.code(),
                    row.name(),
                    row.email(),
                    true,
                    "regency.row." + outcome.name().toLowerCase(Locale.ROOT),
                    new Object[0]);
        } catch (BusinessException e) {
            return refused(row, e.getMessageKey(), e.getArguments());
        }
    }

    private static RowResult refused(AdminCsv.Row row, String key, Object... arguments) {
        return new RowResult(row.line(), row.code(), row.name(), row.email(), false, key, arguments);
    }
}
