package id.portaldesa.shared.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionScopeTest {

    @Test
    void aRegencyHoldsItsVillagesAndNothingElse() {
        RegionScope merangin = RegionScope.of(Set.of("15.02"));
        assertTrue(merangin.contains("15.02.02.2004"));
        assertTrue(merangin.contains("15.02"));
        assertFalse(merangin.contains("15.01.01.2001"), "a neighbouring regency");
        assertFalse(merangin.contains("16.02.02.2004"), "another province");
        assertFalse(merangin.contains("15"), "not the whole province");
        assertFalse(merangin.contains(null));
    }

    @Test
    void aProvinceHoldsAllItsRegenciesButAPrefixIsNotEnough() {
        RegionScope jambi = RegionScope.of(Set.of("15"));
        assertTrue(jambi.contains("15.01.01.2001"));
        assertTrue(jambi.contains("15.71.01.1001"));
        assertFalse(jambi.contains("16.01.01.2001"));
        RegionScope one = RegionScope.of(Set.of("1"));
        assertFalse(one.contains("15.01.01.2001"), "codes are compared segment by segment");
    }

    @Test
    void nowhereAndEverywhere() {
        assertTrue(RegionScope.NOWHERE.isEmpty());
        assertTrue(RegionScope.of(Set.of()).isEmpty());
        assertFalse(RegionScope.NOWHERE.contains("15.02.02.2004"));
        assertTrue(RegionScope.EVERYWHERE.contains("92.01.01.2001"));
        assertFalse(RegionScope.EVERYWHERE.isEmpty());
    }
}
