package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterTypeService;
import id.portaldesa.letters.TypeFiles;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /kantor/surat/jenis}: the shipped types and the village's own, enabled or not; enabling and
 * disabling; importing a type file another village exported (a new, disabled type).
 */
@Named("letterTypesPage")
@RequestScoped
public class TypesPage {

    @Inject
    LetterTypeService types;

    private List<LetterTypeService.Row> rows;
    private Part file;
    private String importCode;

    public List<LetterTypeService.Row> getRows() {
        if (rows == null) {
            rows = types.overview();
        }
        return rows;
    }

    public String enable(String code) {
        types.enable(code, true);
        return afresh("letters.type.enabled");
    }

    public String disable(String code) {
        types.enable(code, false);
        return afresh("letters.type.disabled");
    }

    public String importFile() {
        if (file == null || file.getSize() == 0) {
            throw new BusinessException("letters.type.file.none");
        }
        if (file.getSize() > TypeFiles.MAX_FILE_BYTES) {
            throw new BusinessException("letters.type.file.tooLarge", TypeFiles.MAX_FILE_BYTES / 1024);
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(TypeFiles.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new BusinessException("media.unreadable");
        }
        String code = types.importFile(bytes, importCode);
        FacesMessages.info("letters.type.imported", code);
        FacesMessages.keepForNextRequest();
        return LetterRoutes.TYPE_EDIT + "?faces-redirect=true&kode=" + code;
    }

    private static String afresh(String key) {
        FacesMessages.info(key);
        FacesMessages.keepForNextRequest();
        return LetterRoutes.TYPES + "?faces-redirect=true";
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getImportCode() {
        return importCode;
    }

    public void setImportCode(String importCode) {
        this.importCode = importCode;
    }
}
