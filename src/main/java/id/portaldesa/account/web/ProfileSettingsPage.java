package id.portaldesa.account.web;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.account.PhoneNumbers;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's own name, phone and WhatsApp number. */
@Named
@RequestScoped
public class ProfileSettingsPage {

    @Inject
    AccountSettingsService settings;

    @Inject
    SelfService self;

    @Inject
    CurrentUser user;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 30)
    private String phone;

    @Size(max = 30)
    private String whatsapp;

    /** View action on the first visit: the form starts with what is stored. */
    public void load() {
        Account account = user.getAccount();
        if (account != null) {
            name = account.getDisplayName();
            phone = PhoneNumbers.display(account.getPhone());
            whatsapp = PhoneNumbers.display(account.getWhatsapp());
        }
    }

    public void save() {
        try {
            Account saved = settings.updateProfile(self.accountId(), name, phone, whatsapp);
            phone = PhoneNumbers.display(saved.getPhone());
            whatsapp = PhoneNumbers.display(saved.getWhatsapp());
            user.refresh();
            FacesMessages.info("account.profile.saved");
        } catch (BusinessException e) {
            String field = e.getMessageKey().equals("account.whatsapp.invalid") ? "whatsapp" : "phone";
            FacesMessages.errorOn("profile:" + field, e.getMessageKey());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    public void setWhatsapp(String whatsapp) {
        this.whatsapp = whatsapp;
    }
}
