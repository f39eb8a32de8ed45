package id.portaldesa.account;

/**
 * Relation to the head of the family (status hubungan dalam keluarga) as listed on the KK; labels
 * {@code resident.relation.*}.
 */
public enum FamilyRelation {
    HEAD,
    HUSBAND,
    WIFE,
    CHILD,
    CHILD_IN_LAW,
    GRANDCHILD,
    PARENT,
    PARENT_IN_LAW,
    OTHER_RELATIVE,
    HOUSEHOLD_HELPER,
    OTHER
}
