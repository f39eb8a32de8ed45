package id.portaldesa.account;

/**
 * Religion as recorded by Dukcapil: the six official religions and, since the Constitutional Court
 * ruling 97/PUU-XIV/2016, belief in God (kepercayaan terhadap Tuhan YME); labels {@code resident.religion.*}.
 */
public enum Religion {
    ISLAM,
    PROTESTANT,
    CATHOLIC,
    HINDU,
    BUDDHIST,
    CONFUCIAN,
    BELIEF
}
