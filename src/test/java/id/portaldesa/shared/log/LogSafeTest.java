package id.portaldesa.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    static final String TOKEN = "q3Xv9lK0aZ_-Yb2N4mP7rT1uW8eC6dH5fJ0sLgQk2Ao";

    @Test
    void masksAddressesTokensAndIdentityNumbers() {
        String text = "550 5.1.1 <budi.santoso@desa.example>: unknown; http://x/konfirmasi?token=" + TOKEN
                + "&a=b; Duplicate entry 'siti@mail.test' for key; NIK 1502024107900001, id 42";
        String masked = LogSafe.mask(text);
        assertFalse(masked.contains("budi.santoso"), masked);
        assertFalse(masked.contains("siti@"), masked);
        assertFalse(masked.contains(TOKEN), masked);
        assertFalse(masked.contains("1502024107900001"), masked);
        assertTrue(masked.contains("550 5.1.1 <<address>>") && masked.contains("id 42"), masked);
    }

    @Test
    void aLongSecretIsMaskedAlsoWithoutItsParameterName() {
        assertEquals("/atur-ulang-sandi/<secret>", LogSafe.mask("/atur-ulang-sandi/" + TOKEN));
    }

    @Test
    void aScrubbedExceptionKeepsItsTraceButNoneOfTheData() {
        Exception e = new IllegalStateException(
                "outer for a@b.test", new RuntimeException("Duplicate entry 'c@d.test' for key 'uq_account_email'"));
        Throwable scrubbed = LogSafe.scrubbed(e);
        StringWriter out = new StringWriter();
        scrubbed.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        assertFalse(trace.contains("a@b.test") || trace.contains("c@d.test"), trace);
        assertTrue(trace.contains("java.lang.IllegalStateException: outer for <address>"), trace);
        assertTrue(trace.contains("uq_account_email") && trace.contains("LogSafeTest"), trace);
        assertEquals(
                "IllegalStateException: outer for <address>; caused by RuntimeException: Duplicate entry '<address>'"
                        + " for key 'uq_account_email'",
                LogSafe.describe(e));
    }
}
