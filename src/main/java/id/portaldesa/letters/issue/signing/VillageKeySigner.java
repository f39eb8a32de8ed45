package id.portaldesa.letters.issue.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs with the village's own key, certified by the deployment's authority. */
@ApplicationScoped
public class VillageKeySigner implements LetterSigner {

    @Inject
    SigningKeys keys;

    @Override
    public void prepare(long villageId) {
        keys.forVillage(villageId);
    }

    @Override
    public Signed sign(long villageId, byte[] pdf, SignatureDetails details) {
        SigningKeys.VillageKey key = keys.forVillage(villageId);
        return new Signed(PadesSignature.sign(pdf, key.key(), details), key.generation());
    }
}
