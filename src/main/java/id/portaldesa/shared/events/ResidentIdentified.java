package id.portaldesa.shared.events;

import java.io.Serializable;

/**
 * A resident's NIK became known to the portal for an account: fired by the account feature, inside
 * its transaction, when someone registers in a village. Features that kept records about a person by
 * NIK before that person had an account (a letter filed for a walk-in at the counter) observe it to
 * link those records to the account, without the account feature importing them. The NIK itself never
 * travels: only its lookup hash in that village.
 *
 * <p>A registration proves nothing about whose NIK it is until an operator confirms the resident;
 * observers link, and show the linked records only to a confirmed resident holding that NIK.
 *
 * @param nikHash the NIK's lookup hash in this village ({@code PersonalDataCipher.lookupHash})
 */
public record ResidentIdentified(long villageId, long accountId, String nikHash) implements Serializable {}
