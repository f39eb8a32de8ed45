/**
 * E-participation (issue 9): aspirations residents bring into village planning and support, and
 * complaints anyone can file and follow to resolution by a tracking link; Open311 GeoReport v2.
 * Aspirations are public once moderated; complaints are private unless the village admin publishes a
 * resolved one as a story, with the complainant's recorded consent.
 */
package id.portaldesa.participation;
