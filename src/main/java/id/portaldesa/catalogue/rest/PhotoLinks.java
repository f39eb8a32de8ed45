package id.portaldesa.catalogue.rest;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.web.MediaLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The absolute addresses of a photo's variants, for the API, made by the media pipeline's links. */
@ApplicationScoped
public class PhotoLinks {

    @Inject
    MediaLinks media;

    List<CatalogueJson.Photo> variants(MediaRef ref) {
        return ref.widths().stream()
                .map(w -> new CatalogueJson.Photo(w, ref.heightAt(w), media.absoluteSrc(ref, w)))
                .toList();
    }
}
