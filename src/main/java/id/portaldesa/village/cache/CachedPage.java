package id.portaldesa.village.cache;

import id.portaldesa.shared.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page kept as bytes, compressed once when it is stored so that every visitor on a slow
 * link gets the small version without the server compressing it again.
 */
public record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag) {

    public static CachedPage of(String contentType, byte[] body) {
        return new CachedPage(contentType, body, gzip(body), "\"" + digest(body) + "\"");
    }

    /** The validator of the compressed variant; it differs from the plain one, as HTTP requires. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        return Tokens.sha256(body).substring(0, 32);
    }
}
