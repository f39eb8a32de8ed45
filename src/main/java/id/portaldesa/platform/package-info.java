/**
 * The regency's view of the deployment: onboarding villages, the mail outbox, start-up tasks (demo
 * data, first-admin setup link) and health checks. Depends on {@code village}, {@code account} and
 * {@code shared} only.
 */
package id.portaldesa.platform;
