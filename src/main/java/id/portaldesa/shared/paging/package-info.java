/**
 * Paging done in the database: a {@link id.portaldesa.shared.paging.PageRequest} in, a
 * {@link id.portaldesa.shared.paging.Slice} with the total out. Village-owned lists page through
 * {@code VillageScopedRepository.page}; back-office tables show them with the one lazy table tag.
 */
package id.portaldesa.shared.paging;
