package id.portaldesa.account;

/** An official's position in the village government (perangkat desa). */
public enum Position {
    OPERATOR,
    SECRETARY,
    HEAD,
    SECTION_HEAD
}
