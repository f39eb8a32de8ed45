package id.portaldesa.letters.issue.numbering;

/** The paper a village prints its letters on: A4, or F4 (folio, 215 × 330 mm), still common in offices. */
public enum Paper {
    A4("A4"),
    F4("215mm 330mm");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The CSS {@code @page size} value. */
    public String cssSize() {
        return cssSize;
    }
}
