package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaRefTest {

    static MediaRef image(int width, int height) {
        return new MediaRef(
                7, 1, MediaKind.IMAGE, MediaVisibility.PUBLIC, "foto.jpg", "image/jpeg", 1000, width, height, "v1");
    }

    @Test
    void anImageHasTheStandardWidthsBelowItsOwnAndItsOwn() {
        assertEquals(List.of(320, 640, 1280), image(1280, 960).widths());
        assertEquals(List.of(320, 640, 1000), image(1000, 750).widths());
        assertEquals(List.of(320), image(320, 200).widths());
        assertEquals(List.of(256), image(256, 256).widths());
        assertEquals(List.of(320, 384), image(384, 2560).widths());
        MediaRef document = new MediaRef(
                8, 1, MediaKind.DOCUMENT, MediaVisibility.PUBLIC, "a.pdf", "application/pdf", 10, 0, 0, "v");
        assertEquals(List.of(), document.widths());
        assertEquals("pdf", document.extension());
        assertEquals("jpg", image(10, 10).extension());
    }

    @Test
    void aWantedWidthGetsTheSmallestVariantAtLeastAsWide() {
        MediaRef photo = image(1280, 960);
        assertEquals(320, photo.variantFor(100));
        assertEquals(640, photo.variantFor(321));
        assertEquals(1280, photo.variantFor(1280));
        assertEquals(1280, photo.variantFor(4000));
        assertEquals(480, photo.heightAt(640));
    }
}
