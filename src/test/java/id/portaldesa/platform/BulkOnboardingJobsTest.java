package id.portaldesa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BulkOnboardingJobsTest {

    @Test
    void jobsOnOverlappingRegionsExcludeEachOther() {
        BulkOnboardingJobs.Job regency = new BulkOnboardingJobs.Job("1", "15.02", "Merangin", Instant.EPOCH);
        assertTrue(regency.overlaps("15.02"));
        assertTrue(regency.overlaps("15.02.02"), "a district inside it");
        assertTrue(regency.overlaps("15"), "its province");
        assertFalse(regency.overlaps("15.03"));
        assertFalse(regency.overlaps("15.0"), "a code sharing only its first characters");
        assertFalse(regency.overlaps("11"));
    }

    @Test
    void csvFieldsAreQuotedWhereNeededAndNeverAFormula() {
        assertEquals("Kungkai", BulkOnboardingJobs.field("Kungkai"));
        assertEquals("\"Lubuk Pakam I,II\"", BulkOnboardingJobs.field("Lubuk Pakam I,II"));
        assertEquals("\"Kampung \"\"Baru\"\"\"", BulkOnboardingJobs.field("Kampung \"Baru\""));
        assertEquals("'=1+1", BulkOnboardingJobs.field("=1+1"));
    }
}
