/**
 * Letters e-service (issue 8): letter types and their templates, the public catalogue, residents'
 * requests from draft to issued letter through the recorded workflow, the office's inbox, register,
 * printing and settings, counter filing for walk-ins, notifications and the retention of scans. The
 * letter itself (number, PDF, signature, QR, verification) is issued by {@code letters.issue}.
 */
package id.portaldesa.letters;
