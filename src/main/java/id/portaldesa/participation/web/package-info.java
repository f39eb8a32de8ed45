/** Pages of e-participation: public aspirations and complaint tracking, residents' and office pages. */
package id.portaldesa.participation.web;
