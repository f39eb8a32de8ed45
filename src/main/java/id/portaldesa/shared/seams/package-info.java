/**
 * Where features meet without importing each other (design §4a "seams"). A feature implements an
 * interface here as an {@code @ApplicationScoped} bean; another finds every implementation through
 * CDI with the collector next to it:
 *
 * <ul>
 *   <li>{@link id.portaldesa.shared.seams.HomeSection} → {@link id.portaldesa.shared.seams.HomeSections}:
 *       the sections of a village's home page (news, products, destinations, contact);
 *   <li>{@link id.portaldesa.shared.seams.SearchSource} → {@link id.portaldesa.shared.seams.Search}:
 *       what the village's search finds;
 *   <li>{@link id.portaldesa.shared.seams.SitemapSource} → {@link id.portaldesa.shared.seams.Sitemap}:
 *       the pages of the village's {@code /sitemap.xml};
 *   <li>{@link id.portaldesa.shared.seams.MenuSource} → {@link id.portaldesa.shared.seams.SiteMenu}:
 *       the village's public menu, in the order its admin chose ({@link
 *       id.portaldesa.shared.seams.MenuOrdering}, implemented by the site);
 *   <li>{@link id.portaldesa.shared.seams.HeadLinkSource} → {@link id.portaldesa.shared.seams.HeadLinks}:
 *       links in the head of every public page of the village (the news feed).
 * </ul>
 *
 * The other seams live with their topic: {@link id.portaldesa.shared.site.VillageBranding} (name,
 * logo and contact of a village, e.g. for a letterhead) and {@link
 * id.portaldesa.shared.workflow.StateChanges} (recorded state changes and their event).
 */
package id.portaldesa.shared.seams;
