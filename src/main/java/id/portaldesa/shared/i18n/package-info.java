/**
 * Languages: Indonesian (default) and English. Texts live in {@code i18n/messages*.properties}; keys
 * are {@code feature.page.purpose}. The language is chosen by the visitor ({@code ?lang=en}) and kept
 * in a cookie.
 */
package id.portaldesa.shared.i18n;
