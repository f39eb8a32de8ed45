package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The WAR the build ships carries no test code, so the suite's fixture entry point cannot reach production. */
class ShippedWarIT {

    @Test
    void noTestClassIsInTheShippedWar() throws IOException {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        assertTrue(war.isFile(), war + " is built before the integration tests");
        try (ZipFile zip = new ZipFile(war)) {
            List<String> testClasses = zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name ->
                            name.startsWith("WEB-INF/classes/id/portaldesa/it/") || name.contains("FreshVillage"))
                    .toList();
            assertEquals(List.of(), testClasses);
            assertTrue(zip.getEntry("WEB-INF/classes/id/portaldesa/account/Registration.class") != null, "a real WAR");
        }
    }
}
