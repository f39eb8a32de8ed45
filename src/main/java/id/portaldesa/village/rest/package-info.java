/** The village's own read-only JSON API under {@code /<slug>/api/v1/} (see shared/web/RestApplication). */
package id.portaldesa.village.rest;
