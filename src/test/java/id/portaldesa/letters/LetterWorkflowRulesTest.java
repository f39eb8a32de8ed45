package id.portaldesa.letters;

import static id.portaldesa.shared.security.Permission.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose turn a request is, the allowed moves, references and village prefixes. */
class LetterWorkflowRulesTest {

    static final LetterSettings.Values WITH_SECRETARY = new LetterSettings.Values(true, false, false, 12, "KGK");
    static final LetterSettings.Values WITHOUT_SECRETARY = new LetterSettings.Values(false, true, false, 12, "KGK");

    static Set<LetterState> turns(Position p, LetterSettings.Values s) {
        return Turns.waitingFor(PermissionTable.of(Role.OFFICIAL, p), p, s);
    }

    @Test
    void eachOfficialWaitsForTheirOwnStep() {
        assertEquals(
                EnumSet.of(LetterState.AWAITING_CONFIRMATION, LetterState.SUBMITTED),
                turns(Position.OPERATOR, WITH_SECRETARY));
        assertEquals(
                EnumSet.of(LetterState.AWAITING_CONFIRMATION, LetterState.SUBMITTED, LetterState.CHECKED),
                turns(Position.SECRETARY, WITH_SECRETARY));
        assertEquals(EnumSet.of(LetterState.VERIFIED), turns(Position.HEAD, WITH_SECRETARY));
        assertEquals(Set.of(), turns(Position.HAMLET_HEAD, WITH_SECRETARY));
        assertEquals(Set.of(), Turns.waitingFor(PermissionTable.of(Role.VILLAGE_ADMIN, null), null, WITH_SECRETARY));
    }

    @Test
    void withoutTheSecretaryStepTheHeadSignsCheckedRequestsAndTheSecretaryOnBehalfWhereAllowed() {
        assertEquals(EnumSet.of(LetterState.CHECKED, LetterState.VERIFIED), turns(Position.HEAD, WITHOUT_SECRETARY));
        assertTrue(turns(Position.SECRETARY, WITHOUT_SECRETARY).contains(LetterState.CHECKED), "a.n. allowed");
        assertEquals(
                Turns.Signing.ON_BEHALF,
                Turns.signing(
                        PermissionTable.of(Role.OFFICIAL, Position.SECRETARY), Position.SECRETARY, WITHOUT_SECRETARY));
        assertEquals(
                Turns.Signing.NONE,
                Turns.signing(
                        PermissionTable.of(Role.OFFICIAL, Position.SECRETARY), Position.SECRETARY, WITH_SECRETARY));
        assertEquals(Turns.Signing.HEAD, Turns.signing(EnumSet.of(SIGN_LETTERS), Position.HEAD, WITH_SECRETARY));
        assertTrue(Turns.signable(LetterState.CHECKED, WITHOUT_SECRETARY));
        assertFalse(Turns.signable(LetterState.CHECKED, WITH_SECRETARY));
    }

    @Test
    void theFlowAllowsOnlyItsMoves() {
        assertTrue(LetterState.FLOW.allows(null, LetterState.SUBMITTED));
        assertTrue(LetterState.FLOW.allows(LetterState.RETURNED, LetterState.SUBMITTED));
        assertFalse(LetterState.FLOW.allows(LetterState.SUBMITTED, LetterState.SIGNED), "no signing before a check");
        assertFalse(LetterState.FLOW.allows(LetterState.ISSUED, LetterState.REJECTED));
        assertFalse(LetterState.FLOW.allows(LetterState.REJECTED, LetterState.SUBMITTED));
        for (LetterState s : LetterState.values()) {
            assertTrue(
                    LetterState.FLOW.allows(s, LetterState.REJECTED)
                            || s.ended()
                            || s == LetterState.SIGNED
                            || s == LetterState.DRAFT,
                    s + " can be rejected");
        }
    }

    @Test
    void everyMoveAndStateHasItsTextInBothLanguages() throws Exception {
        for (String lang : new String[] {"id", "en"}) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : LetterState.FLOW.messageKeys()) {
                assertTrue(texts.containsKey(key), key + " in " + lang);
            }
            for (LetterState s : LetterState.values()) {
                assertTrue(texts.containsKey("letters.state." + s), s + " in " + lang);
                if (s != LetterState.DRAFT && s != LetterState.SIGNED) {
                    assertTrue(texts.containsKey("letters.notice." + s), "notice " + s + " in " + lang);
                }
            }
            for (SubjectKind k : SubjectKind.values()) {
                assertTrue(texts.containsKey("letters.subject." + k), k + " in " + lang);
            }
            for (FieldType t : FieldType.values()) {
                assertTrue(texts.containsKey("letters.fieldType." + t), t + " in " + lang);
            }
        }
    }

    @Test
    void referencesAndPrefixes() {
        assertEquals("KGK-SKD-2612-0042", References.format("KGK", "SKD", "2612", 42));
        assertEquals("KGK-SKD-2612-12345", References.format("KGK", "SKD", "2612", 12345));
        assertEquals("KGK", LetterSettings.prefixOf("Kungkai"));
        assertEquals("SPS", LetterSettings.prefixOf("Sungai Kapas"));
        assertEquals("TMS", LetterSettings.prefixOf("Tambang Emas"));
        assertEquals("AIE", LetterSettings.prefixOf("Aie"));
        assertEquals("DS", LetterSettings.prefixOf("—"));
    }
}
