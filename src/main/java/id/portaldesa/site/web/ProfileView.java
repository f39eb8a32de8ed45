package id.portaldesa.site.web;

import id.portaldesa.site.profile.Profiles;
import id.portaldesa.site.profile.PublicProfile;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The public profile page of the current village, from memory ({@link Profiles}). */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    CurrentVillage village;

    @Inject
    Profiles profiles;

    private PublicProfile profile;

    public PublicProfile getProfile() {
        if (profile == null) {
            profile = profiles.of(village.id());
        }
        return profile;
    }

    /** A figure written the way the page's language writes numbers: {@code 1.234,5} or {@code 1,234.5}. */
    public String number(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value instanceof BigDecimal d ? d : (Number) value);
    }
}
