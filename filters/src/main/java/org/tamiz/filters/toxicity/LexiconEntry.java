package org.tamiz.filters.toxicity;

/**
 * One lexicon line after parsing.
 *
 * @param term        the term as written in the file (for reports)
 * @param category    its category
 * @param severity    1 mild, 2 strong, 3 severe; 0 for identity and target words
 * @param needsTarget counts only near an identity or target word ({@code ctx} flag)
 * @param groupOnly   counts only near an identity word, not near "you" ({@code grp} flag): "disgusting"
 *                    said of a group is hate, said of a meal it is not
 * @param swapOk      may match with two neighbouring letters swapped ("wmoen"): severe and identity terms
 *                    of 5+ letters, or flagged {@code swap}
 * @param deleteOk    may match with one letter left out: severe terms of 8+ letters only, since shorter
 *                    words are one deletion away from ordinary words ("mère" from "merde")
 * @param phrase      the term has more than one word ("vete a la mierda", "halt die Fresse"): the lexicons
 *                    use phrases for formulaic curses and insults, which the lone-swearing rule never discounts
 */
record LexiconEntry(String term, Category category, int severity, boolean needsTarget, boolean groupOnly,
                    boolean swapOk,
                    boolean deleteOk,
                    boolean phrase) {
    /** Weight of a hit in the density score: severe hits count four times a mild one. */
    double weight() {
        switch (severity) {
            case 0: return 0;
            case 1: return 1;
            case 2: return 2;
            default: return 4;
        }
    }
}
