package id.portaldesa.account.web;

import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.MaritalStatus;
import id.portaldesa.account.NewFamilyMember;
import id.portaldesa.account.PersonalData;
import id.portaldesa.account.Religion;
import id.portaldesa.account.ResidentDataService;
import id.portaldesa.account.Sex;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * A resident's own data ({@code /akun/data-diri}): personal data in one form, family members added
 * and removed one at a time. The form starts from the stored data; a post overwrites it with what
 * was sent.
 */
@Named
@RequestScoped
public class PersonalDataPage {

    @Inject
    ResidentDataService service;

    private ResidentDataService.MyData mine;

    private String address;
    private String hamlet;
    private String rt;
    private String rw;
    private String birthPlace;
    private LocalDate birthDate;
    private Sex sex;
    private Religion religion;
    private MaritalStatus maritalStatus;
    private String occupation;

    private String memberName;
    private String memberNik;
    private FamilyRelation memberRelation;
    private LocalDate memberBirthDate;

    @PostConstruct
    void load() {
        mine = service.mine();
        PersonalData p = mine.personal();
        address = p.address();
        hamlet = p.hamlet();
        rt = p.rt();
        rw = p.rw();
        birthPlace = p.birthPlace();
        birthDate = p.birthDate();
        sex = p.sex();
        religion = p.religion();
        maritalStatus = p.maritalStatus();
        occupation = p.occupation();
    }

    public void save() {
        try {
            service.save(new PersonalData(
                    address, hamlet, rt, rw, birthPlace, birthDate, sex, religion, maritalStatus, occupation));
            FacesMessages.info("resident.data.saved");
            mine = service.mine();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void addMember() {
        try {
            service.addFamilyMember(new NewFamilyMember(memberName, memberNik, memberRelation, memberBirthDate));
            FacesMessages.info("resident.family.added");
            memberName = null;
            memberNik = null;
            memberRelation = null;
            memberBirthDate = null;
            mine = service.mine();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void removeMember(long id) {
        service.removeFamilyMember(id);
        FacesMessages.info("resident.family.removed");
        mine = service.mine();
    }

    public ResidentDataService.MyData getMine() {
        return mine;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Religion[] getReligions() {
        return Religion.values();
    }

    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    public FamilyRelation[] getRelations() {
        return FamilyRelation.values();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHamlet() {
        return hamlet;
    }

    public void setHamlet(String hamlet) {
        this.hamlet = hamlet;
    }

    public String getRt() {
        return rt;
    }

    public void setRt(String rt) {
        this.rt = rt;
    }

    public String getRw() {
        return rw;
    }

    public void setRw(String rw) {
        this.rw = rw;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Religion getReligion() {
        return religion;
    }

    public void setReligion(Religion religion) {
        this.religion = religion;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberNik() {
        return memberNik;
    }

    public void setMemberNik(String memberNik) {
        this.memberNik = memberNik;
    }

    public FamilyRelation getMemberRelation() {
        return memberRelation;
    }

    public void setMemberRelation(FamilyRelation memberRelation) {
        this.memberRelation = memberRelation;
    }

    public LocalDate getMemberBirthDate() {
        return memberBirthDate;
    }

    public void setMemberBirthDate(LocalDate memberBirthDate) {
        this.memberBirthDate = memberBirthDate;
    }
}
