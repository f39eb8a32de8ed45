package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.UploadCheckRoutes;
import id.portaldesa.media.TestPictures;
import id.portaldesa.media.UploadLimits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A feature's form with a title, a text and a photo (the test WAR's /kantor/uji-unggah), driven over
 * HTTP like a browser: each refused upload comes back as a message on the same page with the title
 * and text still filled in; a 12 MB phone photo is taken and shown through pd:image; a request over
 * the limit gets a page, never an error.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MediaUploadFormIT {

    static final String TITLE = "Panen raya padi sawah 2026";
    static final String TEXT = "Warga Dusun II memanen 12 ton gabah kering. Terima kasih, Pak Kades!";

    @Test
    void aRefusedUploadKeepsWhatWasTypedAndAPhonePhotoIsTaken() throws Exception {
        TestVillages.Village village = TestVillages.create();
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page form = admin.get(village.prefix() + UploadCheckRoutes.ADDRESS);
        assertEquals(200, form.status(), form.text());

        byte[] photo = phonePhoto();
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("Berkas ini bukan gambar JPEG, PNG, GIF atau WebP.", TestPictures.text("#!/bin/sh\nrm -rf /\n"));
        refused.put(
                "Berkas terlalu besar: paling besar 15 MB.", Arrays.copyOf(photo, UploadLimits.IMAGE_MAX_BYTES + 1));
        refused.put("Berkas ini tidak utuh", Arrays.copyOf(photo, photo.length / 2));
        refused.put(
                "Gambar SVG tidak diterima",
                TestPictures.text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"));
        refused.put("Pilih berkas terlebih dahulu.", new byte[0]);
        for (Map.Entry<String, byte[]> upload : refused.entrySet()) {
            Http.Page answer = post(admin, form, upload.getValue());
            assertEquals(200, answer.status(), answer.text());
            assertTrue(answer.text().contains(upload.getKey()), upload.getKey() + " in: " + answer.text());
            Document page = answer.html();
            assertEquals(TITLE, page.getElementById("check:title").val(), "the title is kept");
            assertEquals(TEXT, page.getElementById("check:text").val(), "the text is kept");
            assertTrue(page.select("#stored img").isEmpty(), "nothing stored");
            form = answer;
        }

        assertTrue(photo.length > 11_000_000 && photo.length <= UploadLimits.IMAGE_MAX_BYTES, photo.length + " bytes");
        long started = System.nanoTime();
        Http.Page saved = post(admin, form, photo);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(saved.text().contains("disimpan"), saved.text());
        Element img = saved.html().selectFirst("#stored img");
        assertTrue(img != null, saved.body());
        assertEquals("lazy", img.attr("loading"));
        assertEquals("(max-width: 40rem) 100vw, 40rem", img.attr("sizes"));
        assertEquals("1280", img.attr("width"));
        assertEquals("960", img.attr("height"));
        assertEquals(TITLE, img.attr("alt"));
        assertTrue(img.attr("class").contains("media-image"));
        String srcset = img.attr("srcset");
        assertTrue(srcset.contains("/320.jpg?v=") && srcset.contains(" 320w"), srcset);
        assertTrue(srcset.contains("/640.jpg?v=") && srcset.contains(" 640w"), srcset);
        assertTrue(srcset.contains("/1280.jpg?v=") && srcset.contains(" 1280w"), srcset);
        assertTrue(img.attr("src").startsWith(village.prefix() + "/public/media/"), img.attr("src"));
        assertTrue(img.attr("src").contains("/640.jpg?v="), img.attr("src"));
        HttpResponse<byte[]> variant = new Http().raw(img.attr("src"));
        assertEquals(200, variant.statusCode());
        assertEquals(640, TestPictures.read(variant.body()).getWidth());
        System.out.println("A " + photo.length / 1024 + " KB phone photo (4000x3000) was stored in " + millis + " ms");
    }

    @Test
    void aRequestOverTheLimitGetsAPageNotAnError() throws Exception {
        TestVillages.Village village = TestVillages.create();
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page form = admin.get(village.prefix() + UploadCheckRoutes.ADDRESS);
        byte[] huge = new byte[(int) UploadLimits.REQUEST_MAX_BYTES + 1024 * 1024];
        Http.Page answer = post(admin, form, huge);
        assertEquals(413, answer.status(), answer.text());
        assertTrue(answer.text().contains("Berkas terlalu besar"), answer.text());
        assertTrue(answer.text().contains("File too large"), answer.text());
    }

    /**
     * A JPEG the size of a phone's full-resolution photo: 4000×3000 pixels of fine detail (noise is the
     * worst case for compression), saved at a quality that makes it 11–15 MB.
     */
    static byte[] phonePhoto() throws Exception {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        int[] row = new int[4000];
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int base = 60 + (x + y) / 60;
                row[x] = (Math.min(255, base + random.nextInt(110)) << 16)
                        | (Math.min(255, base + 10 + random.nextInt(110)) << 8)
                        | Math.min(255, base / 2 + random.nextInt(110));
            }
            image.setRGB(0, y, 4000, 1, row, 0, 4000);
        }
        // 12.3 MB at 0.97 on the JDK's encoder.
        for (float quality : new float[] {0.97f, 0.96f, 0.95f}) {
            byte[] jpeg = jpeg(image, quality);
            if (jpeg.length <= UploadLimits.IMAGE_MAX_BYTES) {
                return TestPictures.withExif(jpeg, 1);
            }
        }
        throw new AssertionError("could not make a photo under the limit");
    }

    static byte[] jpeg(BufferedImage image, float quality) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Submits the form as a browser does: every field, the typed title and text, the photo. */
    static Http.Page post(Http visitor, Http.Page page, byte[] photo) throws Exception {
        Element form = page.html().getElementById("check");
        String boundary = "----portal" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.put("check:title", TITLE);
        fields.put("check:text", TEXT);
        fields.put("check:save", "x");
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"check:photo\"; filename=\"IMG_2041.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI action = URI.create(page.url()).resolve(form.attr("action"));
        HttpRequest request = HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", visitor.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Http.Page(answer.statusCode(), answer.uri().toString(), answer.body(), answer.headers());
    }
}
