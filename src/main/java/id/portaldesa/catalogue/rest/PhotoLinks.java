package id.portaldesa.catalogue.rest;

import id.portaldesa.media.MediaRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The absolute addresses of a photo's variants, for the API. */
@ApplicationScoped
public class PhotoLinks {

    List<CatalogueJson.Photo> variants(MediaRef ref) {
        // Filled in with the media pipeline's link helper once it is merged.
        return List.of();
    }
}
