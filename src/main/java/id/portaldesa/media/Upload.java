package id.portaldesa.media;

import id.portaldesa.shared.BusinessException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A file as a person sent it: its name on their device (shown, never trusted, never used for storage)
 * and its bytes (at most one byte more than {@link UploadLimits#FILE_MAX_BYTES}, which is enough to
 * tell it is too large). Empty when no file was chosen.
 */
public record Upload(String fileName, byte[] bytes) {

    private static final Logger LOG = Logger.getLogger(Upload.class.getName());

    public Upload {
        fileName = fileName == null ? "" : fileName;
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /**
     * The file of a form's file input ({@code h:inputFile}, {@code pd:input type="file"}); an empty
     * upload when none was chosen. A file larger than any limit is read only as far as needed to tell.
     */
    public static Upload of(Part part) {
        if (part == null) {
            return new Upload("", new byte[0]);
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readNBytes(UploadLimits.FILE_MAX_BYTES + 1));
        } catch (IOException e) {
            // The browser stopped sending, or the container lost its temporary file.
            LOG.log(Level.INFO, "An upload could not be read: {0}", e.toString());
            throw new BusinessException("media.unreadable");
        }
    }

    /** The files of a multiple file input, those left empty left out. */
    public static List<Upload> allOf(List<Part> parts) {
        return parts == null
                ? List.of()
                : parts.stream()
                        .filter(p -> p != null && p.getSize() > 0)
                        .map(Upload::of)
                        .toList();
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public int size() {
        return bytes.length;
    }
}
