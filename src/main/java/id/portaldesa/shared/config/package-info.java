/**
 * MicroProfile Config access. Every setting has a property name {@code portal.x.y} that the
 * environment variable {@code PORTAL_X_Y} overrides; with nothing set the portal runs in demo mode
 * on the embedded database.
 */
package id.portaldesa.shared.config;
