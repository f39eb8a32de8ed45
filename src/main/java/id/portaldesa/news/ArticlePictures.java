package id.portaldesa.news;

import id.portaldesa.media.Upload;

/**
 * Pictures sent with an article's text: a new cover (or the old one removed), and a picture for the
 * text, added at its end with its caption as {@code ![caption](media:<id>)}. Stored in the same
 * transaction as the text: a refused picture saves nothing, and leaves nothing on disk.
 */
public record ArticlePictures(Upload cover, boolean removeCover, Upload picture, String caption) {

    public static final ArticlePictures NONE = new ArticlePictures(null, false, null, null);

    boolean hasCover() {
        return cover != null && !cover.isEmpty();
    }

    boolean hasPicture() {
        return picture != null && !picture.isEmpty();
    }

    /** The caption as the text's syntax can hold it (no closing bracket, one line). */
    String cleanCaption() {
        return caption == null
                ? ""
                : caption.replaceAll("[\\[\\]\\r\\n]+", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
    }
}
