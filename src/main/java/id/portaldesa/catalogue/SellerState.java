package id.portaldesa.catalogue;

import id.portaldesa.shared.workflow.Transitions;

/**
 * Where a resident's request to sell in the village stands. Only an APPROVED seller manages
 * products, and only an APPROVED seller's products are public.
 */
public enum SellerState {
    /** Asked, waiting for the village admin. */
    REQUESTED,
    APPROVED,
    /** Refused with a reason; the resident may ask again. */
    REFUSED,
    /** Stopped by the admin with a reason; their products are not public meanwhile. */
    SUSPENDED;

    public static final Transitions<SellerState> FLOW = Transitions.of("seller", SellerState.class)
            .startIn(REQUESTED)
            .allow(REQUESTED, APPROVED, REFUSED)
            .allow(REFUSED, REQUESTED)
            .allow(APPROVED, SUSPENDED)
            .allow(SUSPENDED, APPROVED)
            .build();
}
