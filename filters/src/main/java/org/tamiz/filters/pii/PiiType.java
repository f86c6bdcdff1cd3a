package org.tamiz.filters.pii;

/** Kinds of personal data the redactor finds; each is replaced by {@link #placeholder()}. */
public enum PiiType {
    EMAIL, PHONE, IBAN, ID_NUMBER, CARD, IP;

    /** The typed placeholder written into the corpus text, e.g. {@code <EMAIL>}. */
    public String placeholder() {
        return "<" + name() + ">";
    }
}
