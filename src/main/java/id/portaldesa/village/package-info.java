/**
 * Villages (tenants): the official region list, onboarding and suspension, domains, and the
 * resolution of every request to at most one village before any page runs ({@link
 * id.portaldesa.village.TenantFilter}). Other features reach the current village through {@link
 * id.portaldesa.village.CurrentVillage} and extend {@link id.portaldesa.village.VillageScopedRepository}.
 */
package id.portaldesa.village;
