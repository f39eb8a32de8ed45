package id.portaldesa.news;

/** A category in the back office, with how many articles it holds (only an empty one can be deleted). */
public record CategoryRow(long id, String name, String slug, long articles) {}
