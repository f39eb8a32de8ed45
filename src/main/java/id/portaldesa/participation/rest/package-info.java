/** Open311 GeoReport v2 for a village's complaints, under {@code /<slug>/open311/v2/...}. */
package id.portaldesa.participation.rest;
