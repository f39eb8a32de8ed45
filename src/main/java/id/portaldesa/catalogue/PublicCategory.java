package id.portaldesa.catalogue;

import java.io.Serializable;

/** A category as the public catalogue lists it, with how many public products it holds. */
public record PublicCategory(String slug, String name, int count) implements Serializable {}
