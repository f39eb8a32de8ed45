package id.portaldesa.shared.i18n;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Indonesian comes first and is the default. */
public enum Language {
    ID("id"),
    EN("en");

    public static final String COOKIE = "portal_lang";
    public static final String PARAMETER = "lang";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language a visitor chose, from the request's cookies; Indonesian when none was chosen. */
    public static Language of(Cookie[] cookies) {
        if (cookies == null) {
            return ID;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> fromTag(c.getValue()))
                .orElse(ID);
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
