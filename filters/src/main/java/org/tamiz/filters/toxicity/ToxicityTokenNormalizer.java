package org.tamiz.filters.toxicity;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds text the same way for lexicon terms and for documents: lower case, Greek accents and final sigma,
 * Russian ё, optional Serbian Cyrillic-to-Latin transliteration, and, where the language table says so,
 * Latin diacritics through Lucene's {@link ASCIIFoldingFilter#foldToASCII} (so "pierdolić" and "pierdolic"
 * meet). Diacritics stay where they separate a common word from a lexicon term (Danish "høre" vs "hore").
 *
 * <p>Works character by character into a caller-owned buffer: the scorer calls it once per document, so it
 * must not allocate per character. Immutable and thread-safe.
 */
final class ToxicityTokenNormalizer {
    private final boolean foldDiacritics;
    private final boolean serbianToLatin;

    ToxicityTokenNormalizer(boolean foldDiacritics, boolean serbianToLatin) {
        this.foldDiacritics = foldDiacritics;
        this.serbianToLatin = serbianToLatin;
    }

    /** Normalises {@code text} into a new String (used for lexicon terms, not on the hot path). */
    String normalize(String text) {
        Buffer b = new Buffer(text.length());
        normalize(text, b);
        return new String(b.chars, 0, b.length);
    }

    /** A growable output buffer, reused by the caller across documents. */
    static final class Buffer {
        char[] chars;
        int length;
        private final char[] one = new char[1];

        Buffer(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        void ensure(int extra) {
            if (length + extra > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + extra));
            }
        }

        void append(char c) {
            ensure(1);
            chars[length++] = c;
        }
    }

    void normalize(CharSequence text, Buffer out) {
        out.length = 0;
        out.ensure(text.length() + 16);
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            if (Character.isSurrogate(c)) {
                // Emoji and other astral symbols are separators for word matching.
                out.append(' ');
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (lower >= 0x0370 && lower <= 0x03FF) {
                out.append(foldGreek(lower));
            } else if (lower >= 0x0400 && lower <= 0x04FF) {
                if (lower == 'ё') {
                    out.append('е');
                } else if (serbianToLatin) {
                    appendSerbianLatin(lower, out);
                } else {
                    out.append(lower);
                }
            } else if (lower == '\u00AD' || lower == '\u200B' || lower == '\u200C' || lower == '\u200D') {
                // soft hyphen and zero-width characters are a known way to hide words: drop them
            } else if (lower == '\u2019' || lower == '\u02BC') {
                out.append('\'');
            } else if (foldDiacritics) {
                out.one[0] = lower;
                out.ensure(4);
                out.length = ASCIIFoldingFilter.foldToASCII(out.one, 0, out.chars, out.length, 1);
            } else {
                out.append(lower);
            }
        }
    }

    /** Greek: strip tonos and dialytika, final sigma to sigma (what Lucene's GreekLowerCaseFilter does). */
    private static char foldGreek(char c) {
        switch (c) {
            case 'ά': return 'α';
            case 'έ': return 'ε';
            case 'ή': return 'η';
            case 'ί': case 'ϊ': case 'ΐ': return 'ι';
            case 'ό': return 'ο';
            case 'ύ': case 'ϋ': case 'ΰ': return 'υ';
            case 'ώ': return 'ω';
            case 'ς': return 'σ';
            default: return c;
        }
    }

    private static final String SR_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] SR_LATIN = {
        "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s",
        "t", "ć", "u", "f", "h", "c", "č", "dž", "š"};

    /** Serbian is written in both scripts; the lexicon is kept in Latin and Cyrillic input is transliterated. */
    private void appendSerbianLatin(char c, Buffer out) {
        int k = SR_CYRILLIC.indexOf(c);
        if (k < 0) {
            out.append(c);
            return;
        }
        String latin = SR_LATIN[k];
        for (int j = 0; j < latin.length(); j++) {
            char l = latin.charAt(j);
            if (foldDiacritics && l >= 0x80) {
                out.one[0] = l;
                out.ensure(4);
                out.length = ASCIIFoldingFilter.foldToASCII(out.one, 0, out.chars, out.length, 1);
            } else {
                out.append(l);
            }
        }
    }
}
