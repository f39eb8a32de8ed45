package id.portaldesa.letters.issue.numbering;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A village's numbering settings as stored; a village without a row uses {@link NumberingSettings#defaultsFor}. */
@Entity
@Table(name = "letter_numbering")
public class LetterNumbering extends VillageOwned {

    @Column(name = "number_format", nullable = false, length = 120)
    private String numberFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "sequence_scope", nullable = false, length = 16)
    private SequenceScope sequenceScope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Paper paper;

    @Column(name = "village_code", nullable = false, length = 20)
    private String villageCode;

    protected LetterNumbering() {}

    public LetterNumbering(long villageId, NumberingSettings settings) {
        super(villageId);
        change(settings);
    }

    public void change(NumberingSettings settings) {
        this.numberFormat = settings.format();
        this.sequenceScope = settings.scope();
        this.paper = settings.paper();
        this.villageCode = settings.villageCode();
    }

    public NumberingSettings settings() {
        return new NumberingSettings(numberFormat, sequenceScope, paper, villageCode);
    }
}
