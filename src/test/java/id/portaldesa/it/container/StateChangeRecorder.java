package id.portaldesa.it.container;

import id.portaldesa.shared.workflow.StateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens like the dashboard and the notifications will: to every change, and to committed ones. */
@ApplicationScoped
public class StateChangeRecorder {

    private final List<StateChanged> fired = new CopyOnWriteArrayList<>();
    private final List<StateChanged> committed = new CopyOnWriteArrayList<>();

    void onChange(@Observes StateChanged change) {
        fired.add(change);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StateChanged change) {
        committed.add(change);
    }

    public List<StateChanged> firedAbout(long subjectId) {
        return fired.stream().filter(c -> c.subjectId() == subjectId).toList();
    }

    public List<StateChanged> committedAbout(long subjectId) {
        return committed.stream().filter(c -> c.subjectId() == subjectId).toList();
    }
}
