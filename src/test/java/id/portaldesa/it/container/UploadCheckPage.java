package id.portaldesa.it.container;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;

/**
 * The test page /kantor/uji-unggah (test WAR only): a feature's form as features write it. The page
 * bean hands the file to the media service and does not catch: a refusal becomes a message on the same
 * page, whose other fields still hold what was typed.
 */
@Named
@ViewScoped
public class UploadCheckPage implements Serializable {

    @Inject
    MediaService media;

    private String title;
    private String text;
    private transient Part photo;
    private MediaRef stored;

    public void save() {
        stored = media.storeImage(Upload.of(photo), MediaVisibility.PUBLIC);
        FacesMessages.info("site.logo.saved");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public MediaRef getStored() {
        return stored;
    }
}
