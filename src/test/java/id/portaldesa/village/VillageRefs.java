package id.portaldesa.village;

/** Village snapshots for tests that need no database. */
public final class VillageRefs {

    private VillageRefs() {}

    public static VillageRef village(long id, String slug, String host, VillageStatus status) {
        return new VillageRef(
                id,
                "15.02.02.200" + id,
                slug,
                "Desa " + slug,
                "Bangko",
                "Kabupaten Merangin",
                "Jambi",
                VillageTimeZone.WIB,
                status,
                host);
    }
}
