package id.portaldesa.village.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageRefs;
import id.portaldesa.village.VillageStatus;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DirectoryPageTest {

    /** A directory of this many active villages, answering searches without a database. */
    static DirectoryPage pageOver(int villages) {
        List<VillageRef> all = LongStream.rangeClosed(1, villages)
                .mapToObj(id -> VillageRefs.village(id, "desa-" + id, null, VillageStatus.ACTIVE))
                .toList();
        DirectoryPage page = new DirectoryPage();
        page.directory = new VillageDirectory() {
            @Override
            public List<VillageRef> search(String query, int limit) {
                return all.stream().limit(limit).toList();
            }
        };
        return page;
    }

    @Test
    void aLongListShowsItsFirstPartAndSaysSo() {
        DirectoryPage page = pageOver(DirectoryPage.LIMIT + 1);
        assertEquals(DirectoryPage.LIMIT, page.getResults().size());
        assertTrue(page.isTruncated());
    }

    @Test
    void aListThatFitsIsShownWhole() {
        DirectoryPage page = pageOver(DirectoryPage.LIMIT);
        assertEquals(DirectoryPage.LIMIT, page.getResults().size());
        assertFalse(page.isTruncated());
    }
}
