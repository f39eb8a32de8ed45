package id.portaldesa.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The one reader for each format the portal decodes, chosen by the sniffed type (never by ImageIO's
 * guess from the bytes, which would try every plugin of the JVM). TwelveMonkeys' JPEG reader reads
 * CMYK/YCCK photos and broken colour profiles, its WebP reader what the JDK cannot; PNG and GIF are
 * the JDK's own.
 *
 * <p>Nothing is registered with ImageIO's registry: it is one per JVM, shared with Payara and every
 * other application, and a plugin of this WAR registered there would keep the WAR's class loader
 * alive after an undeploy and change what other code decodes. TwelveMonkeys' JPEG reader delegates
 * to the JDK's and finds it in the registry it is registered with, so it is given a private one
 * holding just the JDK's reader.
 */
final class ImageReaders {

    private static final String JDK_JPEG = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
    private static final String JDK_PNG = "com.sun.imageio.plugins.png.PNGImageReaderSpi";
    private static final String JDK_GIF = "com.sun.imageio.plugins.gif.GIFImageReaderSpi";

    private final ImageReaderSpi jpeg;
    private final ImageReaderSpi png;
    private final ImageReaderSpi gif;
    private final ImageReaderSpi webp;

    ImageReaders() {
        png = jdkProvider(JDK_PNG);
        gif = jdkProvider(JDK_GIF);
        ServiceRegistry own =
                new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        own.registerServiceProvider(jdkProvider(JDK_JPEG), ImageReaderSpi.class);
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        // Finds its delegate, the JDK's reader, in this registry.
        own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
        jpeg = twelveMonkeys;
        webp = new WebPImageReaderSpi();
    }

    /** A new reader (readers are not thread-safe): dispose of it after use. */
    ImageReader readerFor(SniffedType type) throws IOException {
        ImageReaderSpi provider = switch (type) {
            case JPEG -> jpeg;
            case PNG -> png;
            case GIF -> gif;
            case WEBP -> webp;
            default -> throw new IllegalArgumentException("No reader for " + type);
        };
        return provider.createReaderInstance();
    }

    private static ImageReaderSpi jdkProvider(String className) {
        Iterator<ImageReaderSpi> providers =
                IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
        while (providers.hasNext()) {
            ImageReaderSpi provider = providers.next();
            if (provider.getClass().getName().equals(className)) {
                return provider;
            }
        }
        throw new IllegalStateException("This JDK has no " + className);
    }
}
