/** Browser-side protections sent with every response. */
package id.portaldesa.shared.security;
