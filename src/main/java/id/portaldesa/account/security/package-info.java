/**
 * Jakarta Security wiring: the portal's own form authentication mechanism and identity store, login
 * throttling, the current user, and the filter that checks role and village on every back-office and
 * resident page.
 */
package id.portaldesa.account.security;
