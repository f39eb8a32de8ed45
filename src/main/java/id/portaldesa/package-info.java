/**
 * Portal Desa: one deployment serving the websites and e-services of many Indonesian villages.
 *
 * <p>Code is organised by feature. Every feature depends only on {@code village}, {@code account}
 * and {@code shared}, never on a sibling's internals. See {@code ../shared/design.md}.
 */
package id.portaldesa;
