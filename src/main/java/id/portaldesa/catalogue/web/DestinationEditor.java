package id.portaldesa.catalogue.web;

import id.portaldesa.account.PhoneNumbers;
import id.portaldesa.catalogue.Destination;
import id.portaldesa.catalogue.DestinationDraft;
import id.portaldesa.catalogue.DestinationService;
import id.portaldesa.catalogue.Rupiah;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The village admin's destinations, {@code /kantor/wisata}: the list, and one destination's form
 * (new or chosen) with its photos, publishing and deleting. A refused photo keeps what was typed.
 */
@Named
@ViewScoped
public class DestinationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DestinationService service;

    private final PagedDataModel<Destination> destinations =
            new PagedDataModel<>(request -> service.list(request), Destination::getId);

    /** The form is open: for a new destination ({@code id == null}) or a chosen one. */
    private boolean editing;

    private Long id;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 8000)
    private String description;

    @Size(max = 1000)
    private String facilities;

    @Size(max = 300)
    private String openingHours;

    @Size(max = 30)
    private String ticketPrice;

    @Size(max = 200)
    private String ticketNote;

    @Size(max = 300)
    private String address;

    private Double latitude;
    private Double longitude;

    @Size(max = 30)
    private String contactPhone;

    private boolean featured;

    private transient Part photo;
    private transient DestinationService.Edited edited;

    public void create() {
        clear();
        editing = true;
    }

    public void select(long destinationId) {
        clear();
        id = destinationId;
        editing = true;
        Destination d = edited().destination();
        name = d.getName();
        description = d.getDescription();
        facilities = d.getFacilities();
        openingHours = d.getOpeningHours();
        ticketPrice = d.getTicketPrice() == null
                ? null
                : Rupiah.format(d.getTicketPrice()).substring(2);
        ticketNote = d.getTicketNote();
        address = d.getAddress();
        latitude = d.getLatitude();
        longitude = d.getLongitude();
        contactPhone = PhoneNumbers.display(d.getContactPhone());
        featured = d.isFeatured();
    }

    public void close() {
        clear();
    }

    public void save() {
        DestinationDraft draft = new DestinationDraft(
                name,
                description,
                facilities,
                openingHours,
                Rupiah.parse(ticketPrice).orElse(null),
                ticketNote,
                address,
                latitude,
                longitude,
                contactPhone,
                featured);
        Upload chosen = Upload.of(photo);
        Upload upload = chosen.isEmpty() ? null : chosen;
        if (id == null) {
            id = service.create(draft, upload);
            FacesMessages.info("catalogue.destination.created");
        } else {
            service.update(id, draft, upload);
            FacesMessages.info("catalogue.destination.saved");
        }
        photo = null;
        edited = null;
    }

    public void publish(boolean published) {
        service.publish(id, published);
        edited = null;
        FacesMessages.info(published ? "catalogue.destination.published" : "catalogue.destination.unpublished");
    }

    public void removePhoto(long photoId) {
        service.removePhoto(id, photoId);
        edited = null;
        FacesMessages.info("catalogue.photo.removed");
    }

    public void delete() {
        service.delete(id);
        clear();
        FacesMessages.info("catalogue.destination.deleted");
    }

    private void clear() {
        editing = false;
        id = null;
        name = null;
        description = null;
        facilities = null;
        openingHours = null;
        ticketPrice = null;
        ticketNote = null;
        address = null;
        latitude = null;
        longitude = null;
        contactPhone = null;
        featured = false;
        photo = null;
        edited = null;
    }

    private DestinationService.Edited edited() {
        if (edited == null && id != null) {
            edited = service.get(id);
        }
        return edited;
    }

    /** The stored destination (published or not, its address), or null while new. */
    public Destination getStored() {
        return id == null ? null : edited().destination();
    }

    public List<DestinationService.Photo> getPhotos() {
        return id == null ? List.of() : edited().photos();
    }

    public LazyDataModel<Destination> getDestinations() {
        return destinations;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getFacilities() {
        return facilities;
    }

    public void setFacilities(String facilities) {
        this.facilities = facilities;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getTicketPrice() {
        return ticketPrice;
    }

    public void setTicketPrice(String ticketPrice) {
        this.ticketPrice = ticketPrice;
    }

    public String getTicketNote() {
        return ticketNote;
    }

    public void setTicketNote(String ticketNote) {
        this.ticketNote = ticketNote;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
