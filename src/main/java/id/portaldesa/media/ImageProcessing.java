package id.portaldesa.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The node's one image pipeline, with its decoding slots: {@code PORTAL_MEDIA_DECODERS} pictures at
 * once (default 2, for a 2-core node with a heap of 640 MB), the others waiting up to {@code
 * PORTAL_MEDIA_DECODE_WAIT_SECONDS} (default 5) before they are told to try again.
 */
@ApplicationScoped
public class ImageProcessing {

    @Inject
    Config config;

    private ImagePipeline pipeline;

    @PostConstruct
    void start() {
        int slots =
                config.getOptionalValue("portal.media.decoders", Integer.class).orElse(2);
        int wait = config.getOptionalValue("portal.media.decode.wait.seconds", Integer.class)
                .orElse(5);
        pipeline = new ImagePipeline(new ImageReaders(), new DecodingSlots(slots, Duration.ofSeconds(wait)));
    }

    ImagePipeline.Result process(byte[] bytes, int maxWidth, int maxHeight) {
        return pipeline.process(bytes, maxWidth, maxHeight);
    }
}
