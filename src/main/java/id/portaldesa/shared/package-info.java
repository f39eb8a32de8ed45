/**
 * Building blocks every feature uses: configuration, persistence, errors, i18n, tokens, crypto and
 * web plumbing. Nothing here knows about villages or accounts.
 */
package id.portaldesa.shared;
