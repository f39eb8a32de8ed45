package id.portaldesa.notify;

/** PENDING waits for (re)delivery; SENDING is claimed by one sender; FAILED gave up after many tries. */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
