/**
 * People and what they may do: accounts (one per person), memberships that grant a role in one
 * village, resident registration with NIK/KK, staff invitations, login through Jakarta Security with
 * the portal's own mechanism and identity store, and lockout after repeated failures.
 */
package id.portaldesa.account;
