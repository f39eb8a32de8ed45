package id.portaldesa.site.web;

import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.profile.ProfileDetails;
import id.portaldesa.site.profile.ProfileService;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The village admin writes the profile: welcome, history, vision and mission, location, figures, office hours. */
@Named
@ViewScoped
public class DetailsPage implements Serializable {

    @Inject
    CurrentVillage village;

    @Inject
    ProfileService profiles;

    private String welcome;
    private String history;
    private String vision;
    private String mission;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal areaKm2;
    private Integer population;
    private Integer households;
    private Integer hamlets;
    private String officeHours;

    @PostConstruct
    void load() {
        village.check();
        ProfileDetails d = profiles.details();
        welcome = d.welcome();
        history = d.history();
        vision = d.vision();
        mission = d.mission();
        latitude = d.latitude();
        longitude = d.longitude();
        areaKm2 = d.areaKm2();
        population = d.population();
        households = d.households();
        hamlets = d.hamlets();
        officeHours = d.officeHours();
    }

    @jakarta.inject.Inject
    id.portaldesa.site.SiteService sites;

    private transient jakarta.servlet.http.Part heroUpload;

    /** Stores the hero picture, then opens the page afresh (its preview shows the new one). */
    public String uploadHero() {
        sites.showHero(id.portaldesa.media.Upload.of(heroUpload));
        return afresh("site.hero.saved");
    }

    public String removeHero() {
        sites.removeHero();
        return afresh("site.hero.removed");
    }

    private static String afresh(String messageKey) {
        FacesMessages.info(messageKey);
        FacesMessages.keepForNextRequest();
        return "/office/site/details.xhtml?faces-redirect=true";
    }

    public jakarta.servlet.http.Part getHeroUpload() {
        return heroUpload;
    }

    public void setHeroUpload(jakarta.servlet.http.Part heroUpload) {
        this.heroUpload = heroUpload;
    }

    public void save() {
        profiles.updateDetails(new ProfileDetails(
                welcome,
                history,
                vision,
                mission,
                latitude,
                longitude,
                areaKm2,
                population,
                households,
                hamlets,
                officeHours));
        FacesMessages.info("site.details.saved");
    }

    public String getWelcome() {
        return welcome;
    }

    public void setWelcome(String welcome) {
        this.welcome = welcome;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }

    public Integer getHamlets() {
        return hamlets;
    }

    public void setHamlets(Integer hamlets) {
        this.hamlets = hamlets;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = officeHours;
    }
}
