package org.tamiz.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tamiz.filters.lang.LanguageTable;

/**
 * One case per reason code: the signal exactly at the published threshold keeps the document, the next value
 * past it drops it for exactly that reason (English / FineWeb defaults; Spanish shows a FineWeb-2 row).
 */
class FilterThresholdTest {

    static final QualityAnnotator.Rules EN = QualityAnnotator.withDefaults().rulesFor("en", "");
    static final QualityAnnotator.Rules ES = QualityAnnotator.withDefaults().rulesFor("es", "");

    /** Signals of a clean document: no rule fires. */
    static Map<String, Double> clean() {
        Map<String, Double> s = new HashMap<>();
        for (String n : Signals.NAMES) s.put(n, 0.0);
        s.put(Signals.GOPHER_WORDS, 300.0);
        s.put(Signals.GOPHER_NON_SYMBOL_WORDS, 260.0);
        s.put(Signals.GOPHER_MEAN_WORD_LENGTH, 4.7);
        s.put(Signals.GOPHER_ALPHA_WORDS, 0.86);
        s.put(Signals.GOPHER_STOP_WORDS, 6.0);
        s.put(Signals.C4_SENTENCES, 12.0);
        s.put(Signals.FW_LINES, 10.0);
        s.put(Signals.FW_LINE_PUNCT, 0.9);
        s.put(Signals.FW_SHORT_LINES, 0.1);
        s.put(Signals.FW_LIST_RATIO, 0.03);
        return s;
    }

    static List<String> reasons(QualityAnnotator.Rules r, Map<String, Double> s) {
        List<String> out = new ArrayList<>();
        r.repetition().check(s, out);
        r.gopher().check(s, out);
        r.c4().check(s, out);
        r.fineweb().check(s, out);
        return out;
    }

    static Stream<Arguments> cases() {
        double e = 1e-9;
        return Stream.of(
                // reason, signal, value kept (at threshold), value dropped (just past it)
                Arguments.of(GopherQualityFilter.SHORT_DOC, Signals.GOPHER_NON_SYMBOL_WORDS, 50.0, 49.0),
                Arguments.of(GopherQualityFilter.LONG_DOC, Signals.GOPHER_NON_SYMBOL_WORDS, 100000.0, 100001.0),
                Arguments.of(GopherQualityFilter.BELOW_AVG, Signals.GOPHER_MEAN_WORD_LENGTH, 3.0, 3.0 - e),
                Arguments.of(GopherQualityFilter.ABOVE_AVG, Signals.GOPHER_MEAN_WORD_LENGTH, 10.0, 10.0 + e),
                Arguments.of(GopherQualityFilter.TOO_MANY_HASHES, Signals.GOPHER_HASH_RATIO, 0.1, 0.1 + e),
                Arguments.of(GopherQualityFilter.TOO_MANY_ELLIPSIS, Signals.GOPHER_ELLIPSIS_RATIO, 0.1, 0.1 + e),
                Arguments.of(GopherQualityFilter.TOO_MANY_BULLETS, Signals.GOPHER_BULLET_LINES, 0.9, 0.9 + e),
                Arguments.of(GopherQualityFilter.TOO_MANY_END_ELLIPSIS, Signals.GOPHER_END_ELLIPSIS_LINES, 0.3, 0.3 + e),
                Arguments.of(GopherQualityFilter.BELOW_ALPHA, Signals.GOPHER_ALPHA_WORDS, 0.8, 0.8 - e),
                Arguments.of(GopherQualityFilter.ENOUGH_STOP_WORDS, Signals.GOPHER_STOP_WORDS, 2.0, 1.0),
                Arguments.of(GopherRepetitionFilter.DUP_PARA_FRAC, Signals.DUP_PARA_FRAC, 0.3, 0.3 + e),
                Arguments.of(GopherRepetitionFilter.DUP_PARA_CHAR_FRAC, Signals.DUP_PARA_CHAR_FRAC, 0.2, 0.2 + e),
                Arguments.of(GopherRepetitionFilter.DUP_LINE_FRAC, Signals.DUP_LINE_FRAC, 0.3, 0.3 + e),
                Arguments.of(GopherRepetitionFilter.DUP_LINE_CHAR_FRAC, Signals.DUP_LINE_CHAR_FRAC, 0.2, 0.2 + e),
                Arguments.of("gopher_top_2_gram", Signals.topNGram(2), 0.20, 0.20 + e),
                Arguments.of("gopher_top_3_gram", Signals.topNGram(3), 0.18, 0.18 + e),
                Arguments.of("gopher_top_4_gram", Signals.topNGram(4), 0.16, 0.16 + e),
                Arguments.of("gopher_duplicated_5_n_grams", Signals.dupNGram(5), 0.15, 0.15 + e),
                Arguments.of("gopher_duplicated_6_n_grams", Signals.dupNGram(6), 0.14, 0.14 + e),
                Arguments.of("gopher_duplicated_7_n_grams", Signals.dupNGram(7), 0.13, 0.13 + e),
                Arguments.of("gopher_duplicated_8_n_grams", Signals.dupNGram(8), 0.12, 0.12 + e),
                Arguments.of("gopher_duplicated_9_n_grams", Signals.dupNGram(9), 0.11, 0.11 + e),
                Arguments.of("gopher_duplicated_10_n_grams", Signals.dupNGram(10), 0.10, 0.10 + e),
                Arguments.of(C4QualityFilter.LOREM_IPSUM, Signals.C4_LOREM_IPSUM_LINE, 0.0, 3.0),
                Arguments.of(C4QualityFilter.CURLY_BRACKET, Signals.C4_CURLY_BRACKET_LINE, 0.0, 7.0),
                Arguments.of(C4QualityFilter.TOO_FEW_SENTENCES, Signals.C4_SENTENCES, 5.0, 4.0),
                Arguments.of(FineWebQualityFilter.EMPTY, Signals.FW_LINES, 1.0, 0.0),
                Arguments.of(FineWebQualityFilter.LINE_PUNCT_RATIO, Signals.FW_LINE_PUNCT, 0.12, 0.12 - e),
                Arguments.of(FineWebQualityFilter.SHORT_LINE_RATIO, Signals.FW_SHORT_LINES, 0.67, 0.67 + e),
                Arguments.of(FineWebQualityFilter.CHAR_DUP_RATIO, Signals.FW_CHAR_DUP, 0.01, 0.01 + e),
                Arguments.of(FineWebQualityFilter.LIST_RATIO, Signals.FW_LIST_RATIO, 0.3, 0.3 + e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reasonFiresJustPastItsThreshold(String reason, String signal, double kept, double dropped) {
        assertEquals(List.of(), reasons(EN, clean()));
        Map<String, Double> s = clean();
        s.put(signal, kept);
        assertEquals(List.of(), reasons(EN, s), "at threshold");
        s.put(signal, dropped);
        assertEquals(List.of(reason), reasons(EN, s), "past threshold");
    }

    @Test
    void everyReasonCodeHasACase() {
        Set<String> covered = new LinkedHashSet<>();
        cases().forEach(a -> covered.add((String) a.get()[0]));
        assertEquals(new LinkedHashSet<>(QualityAnnotator.REASON_ORDER), covered);
    }

    @Test
    void fineWeb2RowForSpanish() {
        // FineWeb-2 es: dup_line_frac 0.252, top-2 0.156, line_punct 0.182, new_line 0.138, word length 3..14,
        // alpha 0.825; paragraph checks, C4 and the short-line check off, char_dup_ratio 0.1
        Map<String, Double> s = clean();
        s.put(Signals.DUP_LINE_FRAC, 0.252);
        s.put(Signals.topNGram(2), 0.156);
        s.put(Signals.FW_LINE_PUNCT, 0.182);
        s.put(Signals.FW_LIST_RATIO, 0.138);
        s.put(Signals.GOPHER_MEAN_WORD_LENGTH, 14.0);
        s.put(Signals.GOPHER_ALPHA_WORDS, 0.825);
        s.put(Signals.DUP_PARA_FRAC, 0.9);
        s.put(Signals.FW_SHORT_LINES, 0.99);
        s.put(Signals.FW_CHAR_DUP, 0.1);
        s.put(Signals.C4_SENTENCES, 1.0);
        assertEquals(List.of(), reasons(ES, s));
        s.put(Signals.DUP_LINE_FRAC, 0.2521);
        s.put(Signals.topNGram(2), 0.1561);
        s.put(Signals.FW_LINE_PUNCT, 0.1819);
        s.put(Signals.FW_LIST_RATIO, 0.1381);
        s.put(Signals.GOPHER_MEAN_WORD_LENGTH, 14.01);
        s.put(Signals.GOPHER_ALPHA_WORDS, 0.8249);
        s.put(Signals.FW_CHAR_DUP, 0.1001);
        assertEquals(List.of(GopherRepetitionFilter.DUP_LINE_FRAC, "gopher_top_2_gram",
                GopherQualityFilter.ABOVE_AVG, GopherQualityFilter.BELOW_ALPHA,
                FineWebQualityFilter.LINE_PUNCT_RATIO, FineWebQualityFilter.CHAR_DUP_RATIO,
                FineWebQualityFilter.LIST_RATIO), reasons(ES, s));
        assertFalse(ES.c4().thresholds().enabled());
        assertTrue(EN.c4().thresholds().enabled());
        assertEquals("es", LanguageTable.get().forLanguage("es").code());
    }
}
