package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.events.VillageContentChanged;
import org.junit.jupiter.api.Test;

class ContentRevisionsTest {

    @Test
    void aChangeHeardMovesOnlyItsVillageForward() {
        ContentRevisions revisions = new ContentRevisions();
        revisions.learn(1, 4);
        revisions.learn(2, 9);
        revisions.changed(new VillageContentChanged(1, "site.profile", 5));
        assertEquals(5, revisions.of(1));
        assertEquals(9, revisions.of(2), "another village keeps its revision");
        assertEquals(1, revisions.changesHeard());
    }

    @Test
    void aLateOrRepeatedReadingNeverMovesARevisionBack() {
        ContentRevisions revisions = new ContentRevisions();
        revisions.changed(new VillageContentChanged(1, "site.logo", 7));
        // A directory reload that read the database before the change commits afterwards.
        revisions.learn(1, 6);
        revisions.changed(new VillageContentChanged(1, "site.logo", 7));
        assertEquals(7, revisions.of(1));
    }

    @Test
    void anEventSaysWhatChangedAndWhichFeatureItConcerns() {
        VillageContentChanged status = new VillageContentChanged(3, "village.status", 2);
        assertTrue(status.concerns("village"));
        assertFalse(status.concerns("site"));
        assertFalse(new VillageContentChanged(3, "villagers.x", 2).concerns("village"));
        assertThrows(IllegalArgumentException.class, () -> new VillageContentChanged(3, " ", 2));
    }
}
