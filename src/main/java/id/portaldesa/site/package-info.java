/** A village's own site: its home page and profile (full themes, pages and media arrive later). */
package id.portaldesa.site;
