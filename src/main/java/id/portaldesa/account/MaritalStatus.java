package id.portaldesa.account;

/** Status perkawinan as on the KK: belum kawin, kawin, cerai hidup, cerai mati; labels {@code resident.marital.*}. */
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    DIVORCED,
    WIDOWED
}
