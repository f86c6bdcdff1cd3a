package org.tamiz.filters.text;

import java.util.List;

/**
 * Sentence counting with the rule of spaCy's {@code sentencizer} (the sentence splitter datatrove uses for C4's
 * "at least 5 sentences" rule): a token equal to one sentence-final character marks a period, and the next token
 * that is not punctuation (Unicode category P*) starts a new sentence.
 */
public final class Sentences {
    private Sentences() {}

    /** Unicode Sentence_Terminal characters: spaCy's sentencizer default {@code punct_chars}. */
    static final String SENTENCE_FINAL =
            "!.?։؟۔܀܁܂߹।॥၊။።፧፨᙮᜵᜶᠃᠉᥄᥅᪨᪩᪪᪫᭚᭛᭞᭟᰻᰼᱾᱿‼‽⁇⁈⁉⸮⸼。꓿꘎꘏꛳꛷꡶꡷꣎꣏꤯꧈꧉꩝꩞꩟꫰꫱꯫﹒﹖﹗！．？｡"
            + new String(new int[] {0x10A56, 0x10A57, 0x11047, 0x11048, 0x110BE, 0x110BF, 0x110C0, 0x110C1, 0x11141, 0x11142, 0x11143, 0x111C5, 0x111C6, 0x111CD, 0x111DE, 0x111DF, 0x11238, 0x11239, 0x1123B, 0x1123C, 0x112A9, 0x1144B, 0x1144C, 0x115C2, 0x115C3, 0x115C9, 0x115CA, 0x115CB, 0x115CC, 0x115CD, 0x115CE, 0x115CF, 0x115D0, 0x115D1, 0x115D2, 0x115D3, 0x115D4, 0x115D5, 0x115D6, 0x115D7, 0x11641, 0x11642, 0x1173C, 0x1173D, 0x1173E, 0x11A42, 0x11A43, 0x11A9B, 0x11A9C, 0x11C41, 0x11C42, 0x16A6E, 0x16A6F, 0x16AF5, 0x16B37, 0x16B38, 0x16B44, 0x1BC9F, 0x1DA88}, 0, 59);

    /** A token that is one sentence-final character. */
    public static boolean isSentenceFinal(String token) {
        int n = token.codePointCount(0, token.length());
        return n == 1 && SENTENCE_FINAL.indexOf(token) >= 0;
    }

    static boolean isPunct(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (!PyText.isPunctCategory(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    static int count(List<String> words, int from, int to) {
        if (from >= to) return 0;
        int sentences = 1;
        boolean seenPeriod = false;
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            boolean fin = isSentenceFinal(w);
            if (seenPeriod && !fin && !isPunct(w)) {
                sentences++;
                seenPeriod = false;
            } else if (fin) {
                seenPeriod = true;
            }
        }
        return sentences;
    }
}
