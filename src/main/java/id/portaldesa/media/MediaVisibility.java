package id.portaldesa.media;

/**
 * Who may fetch a stored upload by its address: anyone ({@code PUBLIC}, e.g. a news photo) or nobody
 * ({@code PRIVATE}, e.g. an ID scan): a feature serves its private files itself, after its own
 * permission check, through {@link MediaService#open}.
 */
public enum MediaVisibility {
    PUBLIC,
    PRIVATE
}
