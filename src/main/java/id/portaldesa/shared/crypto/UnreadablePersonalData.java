package id.portaldesa.shared.crypto;

/**
 * A sealed value that cannot be opened: sealed with a key that is not configured, for another place,
 * or altered. Never shown to visitors (it ends as a server error); the message names the place and
 * the key version, never the value.
 */
public class UnreadablePersonalData extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnreadablePersonalData(String message) {
        super(message);
    }

    public UnreadablePersonalData(String message, Throwable cause) {
        super(message, cause);
    }
}
