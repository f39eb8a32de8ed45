package id.portaldesa.shared.workflow;

import id.portaldesa.shared.BusinessException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The allowed moves of one kind of record (a letter request, an aspiration, a complaint) between the
 * states of its enum, declared once as a table next to the enum:
 *
 * <pre>{@code
 * static final Transitions<LetterState> FLOW = Transitions.of("letter", LetterState.class)
 *         .startIn(SUBMITTED)
 *         .allow(SUBMITTED, IN_REVIEW, REJECTED)
 *         .allow(IN_REVIEW, SIGNED, REJECTED)
 *         .build();
 * }</pre>
 *
 * Each move has one message key, {@code workflow.<subject>.<FROM>.<TO>} (the creation:
 * {@code workflow.<subject>.START.<TO>}), which history pages and notifications show. Immutable.
 */
public final class Transitions<S extends Enum<S>> {

    /** The "from" of a record's first state in message keys. */
    public static final String START = "START";

    private static final Pattern SUBJECT = Pattern.compile(StateChanges.SUBJECT_PATTERN);

    private final String subject;
    private final Set<S> initial;
    private final Map<S, Set<S>> allowed;

    private Transitions(String subject, Set<S> initial, Map<S, Set<S>> allowed) {
        this.subject = subject;
        this.initial = initial;
        this.allowed = allowed;
    }

    /** @param subject the kind of record, stored as its subject type and used in message keys */
    public static <S extends Enum<S>> Builder<S> of(String subject, Class<S> states) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("A subject is a short lower-camel-case word: " + subject);
        }
        return new Builder<>(subject, Objects.requireNonNull(states));
    }

    public String subject() {
        return subject;
    }

    /** Whether a record may move from one state to another; {@code from == null}: may it start there. */
    public boolean allows(S from, S to) {
        if (to == null) {
            return false;
        }
        return from == null ? initial.contains(to) : allowed.get(from).contains(to);
    }

    /** Refuses a move the table does not allow, with a message naming both states. */
    public void check(S from, S to) {
        if (!allows(from, to)) {
            throw new BusinessException(
                    "workflow.notAllowed", from == null ? START : from.name(), to == null ? "-" : to.name());
        }
    }

    /** Where a record in this state may go next (e.g. the buttons a page offers). */
    public Set<S> next(S from) {
        return from == null ? initial : allowed.get(from);
    }

    public String messageKey(S from, S to) {
        return keyOf(subject, from == null ? null : from.name(), to.name());
    }

    /** Every move's message key, so a test can check that each is in both languages. */
    public List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        initial.forEach(to -> keys.add(messageKey(null, to)));
        allowed.forEach((from, targets) -> targets.forEach(to -> keys.add(messageKey(from, to))));
        return List.copyOf(keys);
    }

    /** The message key of a recorded move; {@code from == null} for the first state. */
    public static String keyOf(String subject, String from, String to) {
        return "workflow." + subject + "." + (from == null ? START : from) + "." + to;
    }

    /** Collects the table; a state not mentioned as a source is final (no move leaves it). */
    public static final class Builder<S extends Enum<S>> {
        private final String subject;
        private final Class<S> states;
        private final Set<S> initial;
        private final Map<S, Set<S>> allowed;

        private Builder(String subject, Class<S> states) {
            this.subject = subject;
            this.states = states;
            this.initial = EnumSet.noneOf(states);
            this.allowed = new EnumMap<>(states);
        }

        /** The states a new record may start in. */
        @SafeVarargs
        public final Builder<S> startIn(S first, S... more) {
            initial.add(Objects.requireNonNull(first));
            initial.addAll(List.of(more));
            return this;
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S to, S... more) {
            Set<S> targets = allowed.computeIfAbsent(Objects.requireNonNull(from), f -> EnumSet.noneOf(states));
            targets.add(Objects.requireNonNull(to));
            targets.addAll(List.of(more));
            if (targets.contains(from)) {
                throw new IllegalArgumentException("A move goes somewhere else: " + from + " -> " + from);
            }
            return this;
        }

        public Transitions<S> build() {
            if (initial.isEmpty()) {
                throw new IllegalStateException("No state to start in for " + subject);
            }
            Map<S, Set<S>> table = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                table.put(
                        state,
                        Collections.unmodifiableSet(
                                EnumSet.copyOf(allowed.getOrDefault(state, EnumSet.noneOf(states)))));
            }
            return new Transitions<>(
                    subject, Collections.unmodifiableSet(EnumSet.copyOf(initial)), Collections.unmodifiableMap(table));
        }
    }
}
