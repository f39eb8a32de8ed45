package id.portaldesa.account;

/**
 * An official who holds a position in an acting capacity: Plt. (pelaksana tugas, standing in while
 * the holder is away) or Pj. (penjabat, appointed until a new holder is elected). Printed before the
 * title on letters.
 */
public enum Acting {
    PLT("Plt."),
    PJ("Pj.");

    private final String abbreviation;

    Acting(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
