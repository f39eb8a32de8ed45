/** Pages of the village feature: the public directory, and the platform's village console. */
package id.portaldesa.village.web;
