package id.portaldesa.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist for the current village. A record of another village is reported the
 * same way, so ids of other villages reveal nothing (HTTP 404, never 403).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}
