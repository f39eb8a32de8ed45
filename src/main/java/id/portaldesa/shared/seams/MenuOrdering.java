package id.portaldesa.shared.seams;

import java.util.List;

/**
 * The village admin's order of the public menu (and which entries it hides). Implemented once, by
 * the site feature; without an implementation the entries keep their features' order.
 */
public interface MenuOrdering {

    /** The entries to show, in the village's order. */
    List<MenuEntry> arrange(List<MenuEntry> offered);
}
