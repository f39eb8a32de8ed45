package id.portaldesa.it.web;

import id.portaldesa.it.container.MediaFixtureServlet;
import java.net.http.HttpRequest;
import java.util.Map;

/** Media stored in a test village through the suite deployment's {@link MediaFixtureServlet}. */
final class MediaFixtures {

    /** A stored media: its id, version and address within its village (largest variant). */
    record Stored(long id, String version, String contentType, int width, String path) {

        /** The address of another variant, e.g. 320. */
        String variant(int width) {
            return path.replace("/" + this.width + ".", "/" + width + ".");
        }

        /** The address without its version. */
        String unversioned() {
            return path.substring(0, path.indexOf('?'));
        }
    }

    private MediaFixtures() {}

    static Stored image(TestVillages.Village village, byte[] file, String visibility) {
        return store(village, "image", visibility, "foto.jpg", file);
    }

    static Stored document(TestVillages.Village village, byte[] file, String name) {
        return store(village, "document", "PUBLIC", name, file);
    }

    static Stored store(TestVillages.Village village, String kind, String visibility, String name, byte[] file) {
        Map<String, Object> stored = TestEndpoints.post(
                MediaFixtureServlet.PATH + "?village=" + village.id() + "&kind=" + kind + "&visibility=" + visibility
                        + "&name=" + TestEndpoints.enc(name),
                HttpRequest.BodyPublishers.ofByteArray(file),
                "application/octet-stream");
        return new Stored(
                Long.parseLong(TestEndpoints.text(stored, "id")),
                TestEndpoints.text(stored, "version"),
                TestEndpoints.text(stored, "contentType"),
                Integer.parseInt(TestEndpoints.text(stored, "width")),
                TestEndpoints.text(stored, "path"));
    }
}
