/** What may be written to the application log: ids, never addresses, tokens or NIK numbers. */
package id.portaldesa.shared.log;
