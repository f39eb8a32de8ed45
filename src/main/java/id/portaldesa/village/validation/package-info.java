/**
 * Bean Validation constraints of villages ({@link id.portaldesa.village.validation.RegionCode},
 * {@link id.portaldesa.village.validation.Slug}): the rules of {@link id.portaldesa.village.RegionCode}
 * and {@link id.portaldesa.village.Slug} as annotations for form objects, page beans and services.
 */
package id.portaldesa.village.validation;
