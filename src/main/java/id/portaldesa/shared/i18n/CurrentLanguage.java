package id.portaldesa.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the current request, from the visitor's cookie; Indonesian otherwise. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = Language.of(request.getCookies());
        }
        return language;
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getTag() {
        return get().tag();
    }

    /** The other language, offered by the switch in every layout. */
    public Language getOther() {
        return get() == Language.ID ? Language.EN : Language.ID;
    }

    public String text(String key, Object... arguments) {
        return Messages.get(getLocale(), key, arguments);
    }
}
