package id.portaldesa.it.container;

import id.portaldesa.letters.issue.IssueOrder;
import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.letters.issue.LetterIssuer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double of the issuing side (h-letters-issue), for the suite deployment only, until the real
 * {@link LetterIssuer} is merged: it keeps every order it got, gives numbers in order, and "renders"
 * a tiny PDF holding the body's text, so the requests side's flow is tested end to end.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FakeLetterIssuer extends LetterIssuer {

    private final AtomicLong ids = new AtomicLong(1_000_000);
    private final List<IssueOrder> orders = new ArrayList<>();
    private final Map<Long, IssueOrder> byId = new ConcurrentHashMap<>();
    private final Map<Long, String> revoked = new ConcurrentHashMap<>();

    @Override
    public synchronized IssuedLetter issue(IssueOrder order) {
        long id = ids.incrementAndGet();
        orders.add(order);
        byId.put(id, order);
        return new IssuedLetter(id, numberOf(order, id), "0".repeat(64), "http://127.0.0.1/v/test-" + id, 0);
    }

    static String numberOf(IssueOrder order, long id) {
        return order.classificationCode() + "/" + (id - 1_000_000) + "/TEST/"
                + order.date().getYear();
    }

    @Override
    public Optional<IssuedLetter> ofRequest(long requestId) {
        return byId.entrySet().stream()
                .filter(e -> e.getValue().requestId() == requestId)
                .findFirst()
                .map(e -> new IssuedLetter(e.getKey(), numberOf(e.getValue(), e.getKey()), "", "", 0));
    }

    @Override
    public InputStream openPdf(long issuedLetterId) {
        IssueOrder order = byId.get(issuedLetterId);
        String text = "%PDF-1.4\n% test double of the issued letter\n"
                + (order == null ? "" : order.bodyHtml() + "\n" + order.signerTitle() + "\n" + order.signerName())
                + "\n%%EOF\n";
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void revoke(long issuedLetterId, String reason) {
        revoked.put(issuedLetterId, reason);
    }

    public synchronized List<IssueOrder> orders() {
        return List.copyOf(orders);
    }

    public synchronized Optional<IssueOrder> lastOrderOf(long requestId) {
        for (int i = orders.size() - 1; i >= 0; i--) {
            if (orders.get(i).requestId() == requestId) {
                return Optional.of(orders.get(i));
            }
        }
        return Optional.empty();
    }

    public Map<Long, String> revoked() {
        return Map.copyOf(revoked);
    }
}
