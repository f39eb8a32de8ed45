package id.portaldesa.media;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores checked uploads for a village: the row, then its files (tied to the transaction). Who may do
 * it is decided before: {@link MediaService} for people, {@link MediaImports} for the portal's own work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MediaStore {

    @Inject
    MediaRepository media;

    @Inject
    MediaFiles files;

    @Inject
    ImageProcessing images;

    @Inject
    Clock clock;

    MediaRef storeImage(long villageId, Upload upload, MediaVisibility visibility, int maxWidth, int maxHeight) {
        checkSize(upload, UploadLimits.IMAGE_MAX_BYTES);
        ImagePipeline.Result result = images.process(upload.bytes(), maxWidth, maxHeight);
        ImagePipeline.Variant largest = result.largest();
        Media row = new Media(
                villageId,
                MediaKind.IMAGE,
                visibility,
                FileNames.clean(upload.fileName()),
                result.type().contentType(),
                largest.bytes().length,
                largest.width(),
                largest.height(),
                result.version(),
                clock.instant());
        media.add(row);
        media.flush();
        Map<String, byte[]> variants = new LinkedHashMap<>();
        for (ImagePipeline.Variant variant : result.variants()) {
            variants.put(variant.width() + "." + result.type().extension(), variant.bytes());
        }
        files.write(villageId, row.getId(), variants);
        return row.toRef();
    }

    MediaRef storeDocument(long villageId, Upload upload, MediaVisibility visibility) {
        checkSize(upload, UploadLimits.DOCUMENT_MAX_BYTES);
        byte[] bytes = upload.bytes();
        SniffedType type = SniffedType.of(bytes);
        switch (type) {
            case PDF -> {
                if (!FileStructure.pdfComplete(bytes)) {
                    throw new BusinessException("media.truncated");
                }
            }
            case SVG -> throw new BusinessException("media.svg");
            default -> throw new BusinessException("media.notDocument");
        }
        Media row = new Media(
                villageId,
                MediaKind.DOCUMENT,
                visibility,
                FileNames.withExtension(FileNames.clean(upload.fileName()), StoredType.PDF.extension()),
                StoredType.PDF.contentType(),
                bytes.length,
                0,
                0,
                Tokens.sha256(bytes).substring(0, 20),
                clock.instant());
        media.add(row);
        media.flush();
        files.write(villageId, row.getId(), Map.of(MediaFiles.DOCUMENT_NAME + "." + StoredType.PDF.extension(), bytes));
        return row.toRef();
    }

    private static void checkSize(Upload upload, int max) {
        if (upload == null || upload.isEmpty()) {
            throw new BusinessException("media.empty");
        }
        if (upload.size() > max) {
            throw new BusinessException("media.tooLarge", UploadLimits.megabytes(max));
        }
    }
}
