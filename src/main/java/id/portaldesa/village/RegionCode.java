package id.portaldesa.village;

import java.util.regex.Pattern;

/**
 * An official Kemendagri region code: {@code 15} province, {@code 15.02} regency, {@code 15.02.02}
 * district, {@code 15.02.02.2004} village.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a region code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** 1 province, 2 regency, 3 district, 4 village. */
    public int depth() {
        return value.split("\\.").length;
    }

    public boolean isVillage() {
        return depth() == 4;
    }

    public RegionCode parent() {
        return new RegionCode(value.substring(0, value.lastIndexOf('.')));
    }

    /** The district code written without dots, as the first six digits of a NIK: {@code 150202}. */
    public static RegionCode districtFromDigits(String sixDigits) {
        return new RegionCode(
                sixDigits.substring(0, 2) + "." + sixDigits.substring(2, 4) + "." + sixDigits.substring(4, 6));
    }

    @Override
    public String toString() {
        return value;
    }
}
