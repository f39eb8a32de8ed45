/** The platform admin's outbox page. */
package id.portaldesa.notify.web;
