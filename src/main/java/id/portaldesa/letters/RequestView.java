package id.portaldesa.letters;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One request as a page shows it, to its applicant (NIK masked) or to processing staff (in full).
 *
 * @param subjectNik masked for the applicant, in full for processing staff; null when none
 */
public record RequestView(
        long id,
        String reference,
        String typeCode,
        String typeName,
        LetterState state,
        int draftStep,
        SubjectKind subjectKind,
        String subjectName,
        String subjectNik,
        String subjectRelation,
        String applicantName,
        String applicantNik,
        boolean walkIn,
        List<Answer> answers,
        List<Attachment> attachments,
        List<Step> history,
        Instant submittedAt,
        Instant stateSince,
        String note,
        String letterNumber,
        Instant issuedAt,
        String signerName,
        String signerTitle,
        String signingNote,
        boolean attachmentsPurged)
        implements Serializable {

    public record Answer(String key, String label, String value) implements Serializable {}

    /** @param available false once the scan was deleted at retention */
    public record Attachment(long id, String requirement, String label, String fileName, long size, boolean available)
            implements Serializable {}

    /** One recorded move: its text key, who (a name, or null for the system), when, the note. */
    public record Step(String messageKey, String actor, Instant at, String note, LetterState to)
            implements Serializable {}

    public boolean isIssued() {
        return state == LetterState.ISSUED;
    }

    public boolean isRevoked() {
        return state == LetterState.REVOKED;
    }
}
