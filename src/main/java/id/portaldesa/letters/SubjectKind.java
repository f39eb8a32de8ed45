package id.portaldesa.letters;

/** Whom a letter is about; labels {@code letters.subject.*}. */
public enum SubjectKind {
    /** The applicant themselves. */
    SELF,
    /** A family member on the applicant's KK, picked from their own data. */
    FAMILY,
    /** Someone the applicant names with their NIK (a parent, a deceased relative). */
    OTHER
}
