package id.portaldesa.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name a file had on the sender's device, made harmless to show and to offer as a download's
 * name. It is never used to store anything: stored files have names the portal chose.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "berkas";

    private FileNames() {}

    /**
     * The last segment of what the browser sent (some send a whole Windows path), without control,
     * reserved or invisible characters, at most {@value #MAX_LENGTH} characters with its extension kept.
     */
    public static String clean(String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\s\\u00a0]+", " ")
                .replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}<>:\"|?*]", "")
                .strip();
        name = name.replaceAll("^\\.+", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** The name with this extension, added when it does not end with it already. */
    static String withExtension(String name, String extension) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? name : name + "." + extension;
    }

    /**
     * A {@code Content-Disposition} value offering the file under this name: an ASCII fallback for old
     * clients and the full name in UTF-8 (RFC 6266), neither able to break out of the header.
     */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
