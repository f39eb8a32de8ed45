package id.portaldesa.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading PORTAL_DATA_KEY and PORTAL_DATA_KEY_OLD, and the start's check against the recorded key. */
class DataKeyTest {

    static String base64(int fill) {
        return Base64.getEncoder().encodeToString(PersonalDataCipherTest.key(fill));
    }

    static String refusal(Runnable start) {
        String message = assertThrows(IllegalStateException.class, start::run).getMessage();
        assertTrue(message.startsWith("PORTAL DESA CANNOT START: "), message);
        return message;
    }

    @Test
    void readsTheCurrentAndTheRetiredKeys() {
        PersonalDataCipher cipher = DataKey.cipherOf(base64(2), Optional.of(base64(1) + ", " + base64(3) + ","));
        assertEquals(PersonalDataCipher.keyIdOf(PersonalDataCipherTest.key(2)), cipher.currentKeyId());
        assertEquals(
                List.of(
                        PersonalDataCipher.keyIdOf(PersonalDataCipherTest.key(1)),
                        PersonalDataCipher.keyIdOf(PersonalDataCipherTest.key(3))),
                cipher.oldKeyIds());
        assertEquals(List.of(), DataKey.cipherOf(base64(2), Optional.empty()).oldKeyIds());
    }

    @Test
    void aMalformedKeyIsRefusedWithTheSettingNamed() {
        assertTrue(refusal(() -> DataKey.cipherOf("nicht base64!", Optional.empty()))
                .contains("PORTAL_DATA_KEY is not valid base64"));
        assertTrue(refusal(() -> DataKey.cipherOf(Base64.getEncoder().encodeToString(new byte[16]), Optional.empty()))
                .contains("PORTAL_DATA_KEY must be 32 bytes"));
        assertTrue(refusal(() -> DataKey.cipherOf(base64(2), Optional.of("AAAA")))
                .contains("PORTAL_DATA_KEY_OLD must be 32 bytes"));
    }

    @Test
    void theStartSealsAgainOnlyWhenTheRecordedKeyIsNotTheCurrentOne() {
        PersonalDataCipher current = DataKey.cipherOf(base64(2), Optional.empty());
        PersonalDataCipher rotating = DataKey.cipherOf(base64(2), Optional.of(base64(1)));
        String keyOne = PersonalDataCipher.keyIdOf(PersonalDataCipherTest.key(1));
        assertEquals(DataKeyRotation.Plan.NOTHING, DataKeyRotation.plan(Optional.of(current.currentKeyId()), current));
        assertEquals(DataKeyRotation.Plan.NOTHING, DataKeyRotation.plan(Optional.of(current.currentKeyId()), rotating));
        assertEquals(DataKeyRotation.Plan.RESEAL, DataKeyRotation.plan(Optional.of(keyOne), rotating));
        assertEquals(DataKeyRotation.Plan.RESEAL, DataKeyRotation.plan(Optional.empty(), current));
    }

    @Test
    void aWrongKeyIsRefusedBeforeAnythingIsRead() {
        PersonalDataCipher wrong = DataKey.cipherOf(base64(2), Optional.empty());
        String keyOne = PersonalDataCipher.keyIdOf(PersonalDataCipherTest.key(1));
        String message = refusal(() -> DataKeyRotation.plan(Optional.of(keyOne), wrong));
        assertTrue(message.contains("sealed with data key " + keyOne), message);
        assertTrue(message.contains("PORTAL_DATA_KEY is key " + wrong.currentKeyId()), message);
    }
}
