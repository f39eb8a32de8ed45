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

    static final int PAGE = DirectoryPage.PAGE_SIZE;

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

    static List<String> slugs(DirectoryPage page) {
        return page.getResults().stream().map(VillageRef::slug).toList();
    }

    @Test
    void aLongListShowsItsFirstPageAndSaysThereIsMore() {
        DirectoryPage page = pageOver(PAGE + 1);
        assertEquals(PAGE, page.getResults().size());
        assertTrue(page.isHasNext());
        assertFalse(page.isHasPrevious());
        assertTrue(page.isTruncated());
        assertEquals(1, page.getFirstShown());
        assertEquals(PAGE, page.getLastShown());
    }

    @Test
    void aListThatFitsIsShownWhole() {
        DirectoryPage page = pageOver(PAGE);
        assertEquals(PAGE, page.getResults().size());
        assertFalse(page.isTruncated());
    }

    @Test
    void theSecondPageShowsTheVillagesAfterTheFirst() {
        DirectoryPage page = pageOver(PAGE + 3);
        page.setHal("2");
        assertEquals(List.of("desa-" + (PAGE + 1), "desa-" + (PAGE + 2), "desa-" + (PAGE + 3)), slugs(page));
        assertTrue(page.isHasPrevious());
        assertFalse(page.isHasNext());
        assertEquals(PAGE + 1, page.getFirstShown());
        assertEquals(PAGE + 3, page.getLastShown());
    }

    @Test
    void aPageNumberThatIsNoNumberOrTooSmallIsTheFirstPage() {
        for (String hal : new String[] {"x", "", "-3", "0", "99999999999999"}) {
            DirectoryPage page = pageOver(PAGE * 2);
            page.setHal(hal);
            assertEquals("desa-1", slugs(page).get(0), hal);
        }
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        DirectoryPage page = pageOver(3);
        page.setHal("5");
        assertTrue(page.getResults().isEmpty());
        assertFalse(page.isHasNext());
    }
}
