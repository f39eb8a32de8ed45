package id.portaldesa.news;

import java.io.Serializable;

/** A category as visitors see it. */
public record CategoryRef(long id, String name, String slug) implements Serializable {}
