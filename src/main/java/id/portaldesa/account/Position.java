package id.portaldesa.account;

/**
 * An official's position in the village government (perangkat desa / kelurahan). The same positions
 * exist in a desa and a kelurahan; only their printed names differ (kepala desa / lurah).
 */
public enum Position {
    /** Kepala desa, or lurah in a kelurahan. */
    HEAD,
    /** Sekretaris desa / sekretaris kelurahan. */
    SECRETARY,
    /** Kepala urusan (kaur), e.g. keuangan, umum. */
    KAUR,
    /** Kepala seksi (kasi), e.g. pemerintahan, pelayanan. */
    KASI,
    /** Kepala dusun (kadus), or kepala lingkungan in a kelurahan. */
    HAMLET_HEAD,
    /** Operator of the village's services. */
    OPERATOR
}
