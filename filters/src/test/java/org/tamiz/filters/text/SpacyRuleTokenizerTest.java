package org.tamiz.filters.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected tokens are what spaCy 3.8.16's {@code spacy.blank("en")} produces (whitespace tokens dropped). */
class SpacyRuleTokenizerTest {
    final SpacyRuleTokenizer en = SpacyRuleTokenizer.english();

    @Test
    void realWebSentence() {
        assertEquals(List.of("Update", ":", "In", "November", "2014", ",", "another", "video", "of", "a", "maggot",
                "infestation", "in", "a", "woman", "’s", "genitals", "went", "viral", "."),
                en.words("Update: In November 2014, another video of a maggot infestation in a woman’s genitals went viral."));
    }

    @Test
    void exceptionsUrlsUnitsAndEmoticons() {
        assertEquals(List.of("I", "do", "n't", "think", "it", "'s", "5", "km", "away", "(", "see",
                "http://example.com/a?b=1", ")", ",", "e.g.", "near", "St.", "Mary", "'s", "...", ":)", "U.S.A.",
                "rocks", "!"),
                en.words("I don't think it's 5km away (see http://example.com/a?b=1), e.g. near St. Mary's... :) U.S.A. rocks!"));
    }

    @Test
    void currencyPercentHyphensAndTimes() {
        assertEquals(List.of("Price", ":", "$", "12.50", "—", "or", "10", "%", "off", ";", "call", "555", "-", "1234",
                "at", "3:30pm", "."), en.words("Price: $12.50 — or 10% off; call 555-1234 at 3:30pm."));
        assertEquals(List.of("well", "-", "known", "co", "-", "operation", ",", "1990s", "-", "era", "\"", "quotes",
                "\"", "[", "1", "]", "[", "edit", "]"),
                en.words("well-known co-operation, 1990s-era \"quotes\" [1] [edit]"));
    }

    @Test
    void whitespaceOfAnyKindSeparatesAndNeverBecomesAToken() {
        assertEquals(List.of("a", "b", "c", "d"), en.words("  a\u00a0b\n\n\tc\u2003d  "));
        assertEquals(List.of(), en.words(""));
    }

    @Test
    void longChunksAsSpacy() {
        // counts measured with spaCy 3.8.16 spacy.blank("en")
        assertEquals(6001, en.words("Ab.".repeat(3000) + "Cd").size());
        assertEquals(1, en.words("x.".repeat(8000) + "com").size()); // one URL, deeper than Java's default stack
        StringBuilder url = new StringBuilder("http://example.com/");
        for (int i = 0; i < 2000; i++) url.append("seg").append(i).append('/');
        assertEquals(1, en.words(url + "?q=1").size());
        List<String> dots = en.words("He said:" + "...".repeat(2000) + "end.");
        assertEquals(5, dots.size());
        assertEquals(List.of("He", "said:"), dots.subList(0, 2));
        assertEquals(6000, dots.get(2).length());
    }

    @Test
    void sentencesAsSpacysSentencizerCounts() {
        List<String> three = en.words("One here. Two there! \"Three?\" ");
        assertEquals(3, en.sentenceCount(three, 0, three.size()));
        List<String> w = en.words("Wait... what is this. Yes.");
        assertEquals(2, en.sentenceCount(w, 0, w.size())); // "..." is not a sentence-final token
        assertEquals(0, en.sentenceCount(w, 0, 0));
    }
}
