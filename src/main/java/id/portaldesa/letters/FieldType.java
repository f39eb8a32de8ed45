package id.portaldesa.letters;

/** What kind of answer a form field of a letter type takes; labels {@code letters.fieldType.*}. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    CHOICE
}
