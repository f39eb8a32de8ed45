package id.portaldesa.account.web;

import id.portaldesa.account.PersonalDataService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Downloads everything the portal holds about the person, as one JSON file. */
@Named
@RequestScoped
public class MyDataPage {

    @Inject
    PersonalDataService personalData;

    @Inject
    SelfService self;

    @NotBlank
    private String current;

    public void download() throws IOException {
        long accountId = self.accountId();
        byte[] json;
        try {
            json = personalData.export(accountId, current).getBytes(StandardCharsets.UTF_8);
        } catch (BusinessException e) {
            FacesMessages.errorOn("mydata:current", e.getMessageKey());
            return;
        } finally {
            current = null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"data-saya-" + accountId + ".json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(json.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(json);
        }
        faces.responseComplete();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }
}
