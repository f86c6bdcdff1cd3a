package org.tamiz.filters.pii;

import java.util.Map;

/**
 * The redacted text and how many identifiers of each type were replaced.
 *
 * @param text   the input with every identifier replaced by its placeholder ({@code <EMAIL>}, ...)
 * @param counts always all six keys EMAIL PHONE IBAN ID_NUMBER CARD IP, in that order, zero when none
 */
public record PiiResult(String text, Map<String, Integer> counts) {
    /** Total identifiers replaced. */
    public int total() {
        int n = 0;
        for (int v : counts.values()) {
            n += v;
        }
        return n;
    }
}
