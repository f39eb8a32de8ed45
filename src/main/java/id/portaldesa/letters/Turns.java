package id.portaldesa.letters;

import id.portaldesa.account.Position;
import id.portaldesa.shared.security.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whose turn it is: the states of requests that wait for a person with these permissions, in a
 * village with these settings. The one rule behind the inbox, the notifications and the check that an
 * official acts in turn.
 */
public final class Turns {

    /** How someone may sign: as the kades (or Plt./Pj.), or as the sekdes "a.n. Kepala Desa". */
    public enum Signing {
        NONE,
        HEAD,
        ON_BEHALF
    }

    private Turns() {}

    public static Set<LetterState> waitingFor(
            Set<Permission> permissions, Position position, LetterSettings.Values settings) {
        EnumSet<LetterState> states = EnumSet.noneOf(LetterState.class);
        if (permissions.contains(Permission.PROCESS_LETTERS)) {
            states.add(LetterState.AWAITING_CONFIRMATION);
            states.add(LetterState.SUBMITTED);
        }
        if (settings.secretaryStep() && permissions.contains(Permission.VERIFY_LETTERS)) {
            states.add(LetterState.CHECKED);
        }
        if (signing(permissions, position, settings) != Signing.NONE) {
            states.add(LetterState.VERIFIED);
            if (!settings.secretaryStep()) {
                states.add(LetterState.CHECKED);
            }
        }
        return states;
    }

    public static Signing signing(Set<Permission> permissions, Position position, LetterSettings.Values settings) {
        if (permissions.contains(Permission.SIGN_LETTERS)) {
            return Signing.HEAD;
        }
        if (settings.onBehalf() && permissions.contains(Permission.VERIFY_LETTERS) && position == Position.SECRETARY) {
            return Signing.ON_BEHALF;
        }
        return Signing.NONE;
    }

    /** Whether a request in {@code state} may be signed now (the sekdes step done, or switched off). */
    public static boolean signable(LetterState state, LetterSettings.Values settings) {
        return state == LetterState.VERIFIED || (state == LetterState.CHECKED && !settings.secretaryStep());
    }
}
