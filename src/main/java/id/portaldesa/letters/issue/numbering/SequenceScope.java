package id.portaldesa.letters.issue.numbering;

/**
 * Which letters share a running number (village setting): all of the village's letters of a year, or
 * each letter type's own. Either way the numbers start again at 1 every January, in the village's time
 * zone.
 */
public enum SequenceScope {
    VILLAGE,
    TYPE;

    /** The sequence's key within a village and year: empty for the whole village, else the type's code. */
    public String keyFor(String typeCode) {
        return this == VILLAGE ? "" : typeCode;
    }
}
