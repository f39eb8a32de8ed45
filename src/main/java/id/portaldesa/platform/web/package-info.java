/** The platform console: villages (onboard, suspend, reactivate). */
package id.portaldesa.platform.web;
