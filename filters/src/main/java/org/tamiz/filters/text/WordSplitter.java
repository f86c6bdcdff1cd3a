package org.tamiz.filters.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the word list the quality rules count. Implementations are immutable and thread-safe.
 *
 * <p>The word list follows datatrove's convention: tokens are non-empty, contain no whitespace, and punctuation
 * is kept as tokens of its own (so "Hello, world!" is {@code [Hello, ",", world, "!"]}). Tokens never cross
 * whitespace, so the words of a text are the concatenation of the words of its lines.
 */
public interface WordSplitter {

    /** Appends the words of {@code text[from, to)} to {@code out}. */
    void split(String text, int from, int to, List<String> out);

    default List<String> words(String text) {
        List<String> out = new ArrayList<>();
        split(text, 0, text.length(), out);
        return out;
    }

    /**
     * Sentences in a run of words, as spaCy's rule-based {@code sentencizer} counts them: a new sentence starts
     * at the first non-punctuation token after a sentence-final character token ('.', '!', '?', '。', ...).
     * Returns 0 for no words.
     */
    default int sentenceCount(List<String> words, int from, int to) {
        return Sentences.count(words, from, to);
    }

    /** Stable name for configuration and documentation. */
    String name();
}
