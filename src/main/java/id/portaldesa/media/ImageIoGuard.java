package id.portaldesa.media;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.spi.IIORegistry;

/**
 * Keeps this WAR's image plugins out of ImageIO's registry, which is one per JVM, shared with Payara
 * and every other application. The registry, when first made, loads the plugins its thread's context
 * class loader finds: made from a request of this WAR, it would register TwelveMonkeys' readers for
 * the whole JVM, and keep this WAR's class loader (and everything it holds) alive after an undeploy.
 * So it is made here first with the platform's class loader, and anything of this WAR that got in
 * anyway is taken out at start and at undeploy. The portal uses its plugins directly ({@link
 * ImageReaders}) and needs none registered.
 */
@WebListener
public class ImageIoGuard implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ImageIoGuard.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            IIORegistry.getDefaultInstance();
        } finally {
            thread.setContextClassLoader(own);
        }
        removeOwnPlugins();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        removeOwnPlugins();
    }

    /** Deregisters every plugin loaded by this WAR's class loader; returns how many. */
    public static int removeOwnPlugins() {
        ClassLoader own = ImageIoGuard.class.getClassLoader();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        int removed = 0;
        for (Iterator<Class<?>> categories = registry.getCategories(); categories.hasNext(); ) {
            Class<?> category = categories.next();
            List<Object> ours = new ArrayList<>();
            registry.getServiceProviders(category, false).forEachRemaining(provider -> {
                if (provider.getClass().getClassLoader() == own) {
                    ours.add(provider);
                }
            });
            for (Object provider : ours) {
                registry.deregisterServiceProvider(provider);
                removed++;
            }
        }
        if (removed > 0) {
            int count = removed;
            LOG.info(() -> "Took " + count + " image plugins of this application out of ImageIO's JVM-wide registry");
        }
        return removed;
    }
}
