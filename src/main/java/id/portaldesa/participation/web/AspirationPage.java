package id.portaldesa.participation.web;

import id.portaldesa.account.ResidentStatus;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.PublicAspirations;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /aspirasi/<nomor>}: a published aspiration with its photos, support count and public history
 * (the officials' answers); a confirmed resident supports or withdraws and flags abuse. Any
 * other aspiration (waiting, rejected, hidden, another village's) is not found.
 */
@Named
@RequestScoped
public class AspirationPage {

    @Inject
    CurrentVillage village;

    @Inject
    PublicAspirations aspirations;

    @Inject
    AspirationService service;

    @Inject
    ResidentStatus residentStatus;

    private long id = -1;
    private String reason;
    private PublicAspirations.View view;

    @PostConstruct
    void load() {
        String given = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(ParticipationRoutes.NUMBER);
        try {
            id = given == null ? -1 : Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            id = -1;
        }
    }

    /** The view action: a 404 before anything renders. */
    public void find() {
        getView();
    }

    public PublicAspirations.View getView() {
        if (view == null) {
            view = id <= 0 ? null : aspirations.view(village.id(), id).orElse(null);
            if (view == null) {
                throw new NotFoundException();
            }
        }
        return view;
    }

    public boolean isMaySupport() {
        return residentStatus.isConfirmedResident();
    }

    public boolean isSupporting() {
        return service.supportsIt(id);
    }

    public String support() {
        service.support(id);
        return done("participation.support.done");
    }

    public String withdraw() {
        service.withdraw(id);
        return done("participation.support.withdrawn");
    }

    public String flag() {
        service.flag(id, reason);
        return done("participation.flag.done");
    }

    private String done(String key) {
        FacesMessages.info(key);
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.ASPIRATION + "?faces-redirect=true&" + ParticipationRoutes.NUMBER + "=" + id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
