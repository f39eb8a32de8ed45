package id.portaldesa.account;

/** Sex as printed on the KTP (jenis kelamin); labels {@code resident.sex.*}. */
public enum Sex {
    MALE,
    FEMALE
}
