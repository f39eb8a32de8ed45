package id.portaldesa.shared.seams;

/**
 * Demo mode only: a feature's sample content for a demo village (the site's profile now; news and
 * products later), so the platform's demo data needs to import no feature. Called while acting for
 * the demo village, inside the demo data's transaction.
 */
public interface DemoContent {

    void fillCurrentVillage();

    /**
     * Once the demo data is committed, in the background a few seconds after start-up, acting for
     * the demo village again (no transaction): for what needs the village stored first, such as a
     * letter signed with a key that is created in a transaction of its own.
     */
    default void afterLoad() {}
}
