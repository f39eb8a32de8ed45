/**
 * People and what they may do: accounts (one per person), memberships that grant a role in one
 * village, resident registration with NIK/KK, staff invitations, login through Jakarta Security with
 * the portal's own mechanism and identity store, and lockout after repeated failures.
 *
 * <h2>Residents' own data and confirmed residents</h2>
 * A resident keeps their personal data (address, dusun, RT/RW, birth, sex, religion, marital status,
 * occupation) and the family members on their KK ({@link id.portaldesa.account.ResidentDataService});
 * every NIK is encrypted with a keyed lookup hash. An operator confirms a resident's identity once,
 * against the uploaded KTP/KK scans or at the counter, recorded with who, when and how
 * ({@link id.portaldesa.account.ResidentOfficeService}). Editing one's data afterwards keeps the
 * identity confirmation (NIK and KK are changed only by staff) but marks the data "changed since
 * confirmation", listed for staff to confirm again.
 *
 * <p>Which actions need a <b>confirmed resident</b> (checked with
 * {@link id.portaldesa.account.ResidentStatus#requireConfirmed()} at the entry of the action):
 * <table>
 *   <caption>Actions and the resident status they need</caption>
 *   <tr><th>action</th><th>needs</th></tr>
 *   <tr><td>editing one's own data, family members</td><td>a resident (USE_RESIDENT_SERVICES)</td></tr>
 *   <tr><td>submitting a complaint (pengaduan)</td><td>a resident; not confirmed</td></tr>
 *   <tr><td>submitting an aspiration</td><td>a resident; not confirmed</td></tr>
 *   <tr><td>supporting an aspiration</td><td>a confirmed resident (one NIK, one support)</td></tr>
 *   <tr><td>requesting a letter</td><td>a confirmed resident (the letter states the NIK)</td></tr>
 *   <tr><td>selling products (becoming a seller)</td><td>a confirmed resident</td></tr>
 * </table>
 * A disabled or disputed resident has no RESIDENT membership, so none of these.
 */
package id.portaldesa.account;
