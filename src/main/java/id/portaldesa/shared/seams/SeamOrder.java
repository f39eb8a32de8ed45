package id.portaldesa.shared.seams;

/** One stable order for the implementations CDI hands over in no particular order. */
final class SeamOrder {

    private SeamOrder() {}

    /** The bean's own class name, not that of its CDI client proxy ({@code X$Proxy$_$$_WeldClientProxy}). */
    static String nameOf(Object bean) {
        return bean.getClass().getName().replaceFirst("\\$Proxy\\$.*$", "");
    }
}
