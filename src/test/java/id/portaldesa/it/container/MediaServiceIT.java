package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.media.ImageIoGuard;
import id.portaldesa.media.MediaFiles;
import id.portaldesa.media.MediaKind;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.TestPictures;
import id.portaldesa.media.Upload;
import id.portaldesa.media.UploadLimits;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media service against MariaDB and the media directory: what is stored, found and deleted, and
 * that nothing is left on disk or in the table by a refused upload or a transaction that rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class MediaServiceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    MediaService media;

    @Inject
    MediaFiles files;

    @Inject
    MediaTransactions transactions;

    @Inject
    DatabaseRows database;

    @Test
    void aPhoneFotoIsStoredAsVariantsWithoutItsPosition() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(4000, 3000), 6);

        MediaRef ref =
                media.storeImage(new Upload("C:\\Users\\Budi\\DCIM\\IMG_2041.JPG", photo), MediaVisibility.PUBLIC);

        assertEquals(MediaKind.IMAGE, ref.kind());
        assertEquals(village.id(), ref.villageId());
        assertEquals("IMG_2041.JPG", ref.fileName(), "the device's path is not kept");
        assertEquals("image/jpeg", ref.contentType());
        assertEquals(List.of(320, 640, 1280), ref.widths());
        assertEquals(1280, ref.width());
        assertEquals(1707, ref.height(), "turned upright: portrait");
        for (int width : ref.widths()) {
            Path file = files.fileOf(ref, width);
            assertTrue(Files.isRegularFile(file), file.toString());
            assertTrue(file.startsWith(files.root().resolve(Long.toString(village.id()))), file.toString());
            byte[] stored = Files.readAllBytes(file);
            assertFalse(TestPictures.contains(stored, TestPictures.SECRET), "no GPS in " + file);
            assertFalse(TestPictures.contains(stored, "Exif"), "no EXIF in " + file);
            assertEquals(width, TestPictures.read(stored).getWidth());
        }
        assertEquals(Files.size(files.fileOf(ref, 1280)), ref.size());
        assertEquals(ref, media.find(ref.id()).orElseThrow());
        try (InputStream in = media.open(ref, 600)) {
            assertArrayEquals(Files.readAllBytes(files.fileOf(ref, 640)), in.readAllBytes(), "the variant for 600");
        }
    }

    @Test
    void findAllKeepsTheOrderAskedAndOnlyTheVillagesOwn() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(b);
        MediaRef ofB =
                media.storeImage(new Upload("b.png", TestPictures.transparentPng(64, 64)), MediaVisibility.PUBLIC);
        fixtures.actAsAdminOf(a);
        MediaRef first = media.storeImage(new Upload("1.jpg", TestPictures.jpeg(400, 300)), MediaVisibility.PUBLIC);
        MediaRef second = media.storeImage(new Upload("2.jpg", TestPictures.jpeg(300, 400)), MediaVisibility.PRIVATE);

        assertEquals(
                List.of(second, first),
                media.findAll(Arrays.asList(second.id(), ofB.id(), null, Long.MAX_VALUE, first.id(), second.id())));
        assertEquals(List.of(), media.findAll(List.of()));
        assertEquals("image/png", ofB.contentType(), "transparency kept as PNG");
    }

    @Test
    void aDocumentIsKeptAsSent() throws Exception {
        fixtures.actAsAdminOf(fixtures.freshVillage());
        byte[] pdf = pdf();
        MediaRef perdes = media.storeDocument(new Upload("Perdes 3-2026: APBDes.pdf", pdf), MediaVisibility.PUBLIC);
        assertEquals(MediaKind.DOCUMENT, perdes.kind());
        assertEquals("application/pdf", perdes.contentType());
        assertEquals("Perdes 3-2026 APBDes.pdf", perdes.fileName());
        assertEquals(pdf.length, perdes.size());
        assertEquals(List.of(), perdes.widths());
        assertArrayEquals(pdf, Files.readAllBytes(files.fileOf(perdes, 0)));

        assertEquals(
                "media.notDocument",
                refused(() -> media.storeDocument(
                        new Upload("foto.pdf", TestPictures.jpeg(100, 100)), MediaVisibility.PUBLIC)));
        assertEquals(
                "media.truncated",
                refused(() -> media.storeDocument(
                        new Upload("cut.pdf", Arrays.copyOf(pdf, pdf.length - 12)), MediaVisibility.PUBLIC)));
        assertEquals(
                "media.tooLarge",
                refused(() -> media.storeDocument(
                        new Upload("big.pdf", padded(pdf, UploadLimits.DOCUMENT_MAX_BYTES + 1)),
                        MediaVisibility.PUBLIC)));
    }

    @Test
    void deletingRemovesTheRowAndThenTheFiles() {
        fixtures.actAsAdminOf(fixtures.freshVillage());
        MediaRef ref = media.storeImage(new Upload("x.jpg", TestPictures.jpeg(700, 500)), MediaVisibility.PUBLIC);
        Path directory = files.fileOf(ref, 640).getParent();
        assertTrue(Files.isDirectory(directory));

        media.delete(ref.id());

        assertTrue(media.find(ref.id()).isEmpty());
        assertFalse(Files.exists(directory), "files removed once the delete committed");
        media.delete(ref.id()); // gone already: nothing happens
    }

    @Test
    void aTransactionThatRollsBackLeavesNoFileAndNoRow() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        AtomicReference<MediaRef> stored = new AtomicReference<>();

        assertThrows(
                IllegalStateException.class,
                () -> transactions.storeThenFail(
                        () -> media.storeImage(
                                new Upload("x.jpg", TestPictures.jpeg(2000, 1500)), MediaVisibility.PUBLIC),
                        stored::set));

        MediaRef ref = stored.get();
        assertTrue(ref != null && ref.id() > 0, "the upload was stored within the transaction");
        assertFalse(Files.exists(files.fileOf(ref, 1280).getParent()), "its files went with the rollback");
        assertTrue(media.find(ref.id()).isEmpty());
        assertEquals(0, rowsOf(village));
        assertEquals(List.of(), filesOf(village));
    }

    @Test
    void theBadInputCorpusIsRefusedWithAMessageAndLeavesNothing() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        byte[] jpeg = TestPictures.jpeg(1600, 1200);
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("media.notImage", TestPictures.text("MZ\u0090\u0000 not a photo at all, renamed foto.jpg"));
        corpus.put("media.tooLarge", padded(jpeg, UploadLimits.IMAGE_MAX_BYTES + 1));
        corpus.put("media.tooManyPixels", TestPictures.pngClaiming(60_000, 60_000));
        corpus.put(
                "media.svg",
                TestPictures.text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                        + "<script>fetch('/kantor')</script></svg>"));
        corpus.put("media.truncated", Arrays.copyOf(jpeg, jpeg.length / 2));
        corpus.put("media.empty", new byte[0]);
        for (Map.Entry<String, byte[]> bad : corpus.entrySet()) {
            assertEquals(
                    bad.getKey(),
                    refused(() -> media.storeImage(new Upload("foto.jpg", bad.getValue()), MediaVisibility.PUBLIC)),
                    "message for " + bad.getKey());
        }
        assertEquals(0, rowsOf(village), "no row left");
        assertEquals(List.of(), filesOf(village), "no file left");

        // A CMYK JPEG (from a print shop) is handled: stored in colour.
        MediaRef cmyk = media.storeImage(
                new Upload("brosur.jpg", TestPictures.cmykJpeg(200, 100, 255, 0, 0, 0)), MediaVisibility.PUBLIC);
        assertEquals(List.of(200), cmyk.widths());
        assertEquals(1, rowsOf(village));
    }

    @Test
    void anotherVillagesMediaIsNotThereForThisOne() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        MediaRef ofA = media.storeImage(new Upload("a.jpg", TestPictures.jpeg(400, 300)), MediaVisibility.PUBLIC);

        fixtures.actAsAdminOf(b);
        assertTrue(media.find(ofA.id()).isEmpty(), "found only in its own village");
        assertEquals(List.of(), media.findAll(List.of(ofA.id())));
        assertThrows(NotFoundException.class, () -> media.open(ofA, 320));
        media.delete(ofA.id());
        assertTrue(Files.exists(files.fileOf(ofA, 400)), "B's delete touched nothing of A's");

        // An admin of A acting in B's village (a request of B) stores nothing there.
        fixtures.actAsAdminOf(a);
        fixtures.actFor(b);
        assertThrows(
                NotFoundException.class,
                () -> media.storeImage(new Upload("x.jpg", TestPictures.jpeg(400, 300)), MediaVisibility.PUBLIC));
        fixtures.actFor(a);
        assertEquals(ofA, media.find(ofA.id()).orElseThrow());
    }

    @Test
    void noImagePluginOfThePortalStaysInTheJvmWideRegistry() {
        fixtures.actAsAdminOf(fixtures.freshVillage());
        javax.imageio.spi.IIORegistry registry = javax.imageio.spi.IIORegistry.getDefaultInstance();
        ClassLoader portal = ImageIoGuard.class.getClassLoader();
        // As if something had scanned the WAR's class path for plugins (ImageIO.scanForPlugins()).
        registry.registerServiceProvider(
                new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi(),
                javax.imageio.spi.ImageReaderSpi.class);
        assertTrue(ImageIoGuard.removeOwnPlugins() >= 1);
        registry.getCategories()
                .forEachRemaining(category -> registry.getServiceProviders(category, false)
                        .forEachRemaining(provider -> assertFalse(
                                provider.getClass().getClassLoader() == portal,
                                provider.getClass().getName())));
        // The portal's own pipeline still reads everything without them.
        media.storeImage(new Upload("c.jpg", TestPictures.cmykJpeg(64, 64, 255, 0, 0, 0)), MediaVisibility.PRIVATE);
    }

    static String refused(org.junit.jupiter.api.function.Executable upload) {
        return assertThrows(BusinessException.class, upload).getMessageKey();
    }

    /** The file with zero bytes appended up to this size (still a whole file of its kind). */
    static byte[] padded(byte[] file, int size) {
        return Arrays.copyOf(file, size);
    }

    /** A small, whole PDF. */
    static byte[] pdf() {
        return TestPictures.text("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
    }

    long rowsOf(VillageRef village) throws Exception {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM media WHERE village_id = ?")) {
            s.setLong(1, village.id());
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Every file under the village's media directory (staging included). */
    List<Path> filesOf(VillageRef village) throws Exception {
        Path directory = files.root().resolve(Long.toString(village.id()));
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
