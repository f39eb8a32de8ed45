/**
 * Integration tests on one shared Payara Micro deployment against a real MariaDB ({@code container}:
 * in the server, through the services; {@code web}: from outside, over HTTP and in Chromium).
 */
package id.portaldesa.it;
