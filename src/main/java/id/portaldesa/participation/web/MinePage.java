package id.portaldesa.participation.web;

import id.portaldesa.participation.AspirationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /aspirasi/saya}: the resident's own aspirations, with the reason of a rejection. */
@Named("aspirationMinePage")
@RequestScoped
public class MinePage {

    @Inject
    AspirationService aspirations;

    private List<AspirationService.Mine> mine;

    public List<AspirationService.Mine> getMine() {
        if (mine == null) {
            mine = aspirations.mine();
        }
        return mine;
    }
}
