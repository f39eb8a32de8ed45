package id.portaldesa.catalogue;

/**
 * What a price is for ("per kg", "per bungkus"): chosen from a list rather than typed, so that it
 * reads the same in every language and a change of it publishes at once like the price.
 */
public enum ProductUnit {
    PIECE,
    PACK,
    KG,
    GRAM_250,
    GRAM_500,
    LITER,
    BOTTLE,
    JAR,
    BOX,
    BUNDLE,
    DOZEN,
    SHEET,
    METER,
    PORTION,
    SET;

    /** Its words, e.g. "per kg": {@code catalogue.unit.KG}. */
    public String messageKey() {
        return "catalogue.unit." + name();
    }
}
