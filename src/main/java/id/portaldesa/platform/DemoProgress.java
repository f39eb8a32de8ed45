package id.portaldesa.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the demo's villages are all in place: the first one is before the first page, the others
 * follow in the background ({@link PlatformStartup}); the readiness check waits for them.
 */
@ApplicationScoped
public class DemoProgress {

    private volatile boolean loading;

    void started() {
        loading = true;
    }

    void finished() {
        loading = false;
    }

    /** True outside demo mode, and once every demo village is loaded. */
    public boolean isComplete() {
        return !loading;
    }
}
