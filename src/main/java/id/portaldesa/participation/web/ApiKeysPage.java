package id.portaldesa.participation.web;

import id.portaldesa.participation.ApiKey;
import id.portaldesa.participation.ApiKeys;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /kantor/partisipasi/kunci}: the village admin issues Open311 API keys for the village's
 * integrations (each shown once) and revokes them.
 */
@Named
@RequestScoped
public class ApiKeysPage {

    @Inject
    ApiKeys keys;

    private String label;
    private String issued;
    private long revoke;

    public void issue() {
        issued = keys.issue(label);
        label = null;
        FacesMessages.info("participation.apiKey.issued");
    }

    public void revokeKey() {
        String given = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("revoke");
        try {
            revoke = Long.parseLong(given == null ? "" : given.strip());
        } catch (NumberFormatException e) {
            throw new id.portaldesa.shared.NotFoundException();
        }
        keys.revoke(revoke);
        FacesMessages.info("participation.apiKey.revoked");
    }

    public List<ApiKey> getKeys() {
        return keys.list();
    }

    public String getIssued() {
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public long getRevoke() {
        return revoke;
    }

    public void setRevoke(long revoke) {
        this.revoke = revoke;
    }
}
