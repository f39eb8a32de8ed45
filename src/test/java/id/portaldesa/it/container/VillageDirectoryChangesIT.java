package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageStatus;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes made by another node of a cluster (here: written to the database past this node's
 * services, so no event is heard) reach this node's directory at its next look, including a change
 * whose transaction was stamped before the last look but committed after it; a look that finds
 * nothing new keeps the directory (and every page stored under its revision) as it was.
 */
@ExtendWith(ArquillianExtension.class)
class VillageDirectoryChangesIT {

    @Inject
    Fixtures fixtures;

    @Inject
    VillageDirectory directory;

    @Inject
    ContentRevisions revisions;

    @Inject
    DatabaseRows rows;

    /** What another node's suspension writes: the status, the revision and the stamp, at once. */
    void suspendElsewhere(VillageRef village, String stampedAgo) throws SQLException {
        try (Connection c = rows.connection();
                PreparedStatement s = c.prepareStatement("UPDATE village SET status = 'SUSPENDED',"
                        + " content_revision = content_revision + 1, changed_at = " + stampedAgo + " WHERE id = ?")) {
            c.setAutoCommit(true);
            s.setLong(1, village.id());
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void aSuspensionOnAnotherNodeIsSeenAtTheNextLook() throws Exception {
        VillageRef village = fixtures.freshVillage();
        directory.lookForChanges();
        assertEquals(
                VillageStatus.ACTIVE,
                directory.bySlug(village.slug()).orElseThrow().status());

        suspendElsewhere(village, "CURRENT_TIMESTAMP(6)");
        directory.lookForChanges();

        assertEquals(
                VillageStatus.SUSPENDED,
                directory.bySlug(village.slug()).orElseThrow().status());
        assertEquals(rows.contentRevision(village.id()), revisions.of(village.id()), "its revision is learnt too");
    }

    @Test
    void aChangeCommittedAfterTheLastLookIsSeenEvenIfStampedBeforeIt() throws Exception {
        VillageRef village = fixtures.freshVillage();
        directory.lookForChanges();

        // Its transaction stamped the row 20 s ago and commits only now.
        suspendElsewhere(village, "TIMESTAMPADD(SECOND, -20, CURRENT_TIMESTAMP(6))");
        directory.lookForChanges();

        assertEquals(
                VillageStatus.SUSPENDED,
                directory.bySlug(village.slug()).orElseThrow().status());
    }

    @Test
    void aLookThatFindsNothingNewKeepsTheDirectory() throws Exception {
        fixtures.freshVillage();
        directory.lookForChanges();
        long before = directory.revision();
        directory.lookForChanges();
        directory.lookForChanges();
        assertEquals(before, directory.revision());
    }

    @Test
    void aContentChangeElsewhereIsLearntWithoutReadingTheVillagesAnew() throws Exception {
        VillageRef village = fixtures.freshVillage();
        directory.lookForChanges();
        long before = directory.revision();
        long revision = rows.contentRevision(village.id());
        try (Connection c = rows.connection();
                PreparedStatement s = c.prepareStatement("UPDATE village SET content_revision = content_revision + 1,"
                        + " changed_at = CURRENT_TIMESTAMP(6) WHERE id = ?")) {
            c.setAutoCommit(true);
            s.setLong(1, village.id());
            s.executeUpdate();
        }
        directory.lookForChanges();
        assertTrue(revisions.of(village.id()) > revision, "the new revision is known, so stored pages follow");
        assertEquals(before, directory.revision(), "the villages themselves did not change");
    }

    @Test
    void aDomainAddedInTheDatabaseByHandIsSeenAtTheNextLook() throws Exception {
        VillageRef village = fixtures.freshVillage();
        directory.lookForChanges();
        String host = "www." + village.slug() + ".desa.test";
        try (Connection c = rows.connection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO village_domain (village_id, host, is_primary) VALUES (?, ?, FALSE)")) {
            c.setAutoCommit(true);
            s.setLong(1, village.id());
            s.setString(2, host);
            s.executeUpdate();
        }
        directory.lookForChanges();
        assertEquals(village.id(), directory.byHost(host).orElseThrow().id());
    }
}
