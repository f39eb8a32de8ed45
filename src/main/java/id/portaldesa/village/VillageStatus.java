package id.portaldesa.village;

/** A suspended village's site is offline; nothing of it is deleted. */
public enum VillageStatus {
    ACTIVE,
    SUSPENDED
}
