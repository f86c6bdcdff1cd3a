package org.tamiz.filters.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageTableTest {
    final LanguageTable table = LanguageTable.get();

    @Test
    void everyLanguageHasARowWithStopWordsAndThresholds() {
        assertEquals(35, LanguageTable.LANGUAGES.size());
        for (String code : LanguageTable.LANGUAGES) {
            LanguageSettings s = table.forLanguage(code);
            assertEquals(code, s.code());
            assertFalse(s.gopherStopWords().isEmpty(), code);
            assertTrue(s.stopWords().size() >= 25, code + " has " + s.stopWords().size() + " stop words");
            assertTrue(s.maxAvgWordLength() > s.minAvgWordLength(), code);
            assertTrue(s.minAlphaWordsRatio() > 0.6 && s.minAlphaWordsRatio() < 0.9, code);
        }
    }

    @Test
    void fineWeb2ValuesAreTheDefaults() {
        LanguageSettings ca = table.forLanguage("ca");
        assertEquals(0.294, ca.dupLineFrac());
        assertEquals(0.216, ca.topNGramFracs()[0]);
        assertEquals(0.154, ca.linePunctThr());
        assertEquals(0.118, ca.newLineRatio());
        assertEquals(2.0, ca.minAvgWordLength());
        assertEquals(11.0, ca.maxAvgWordLength());
        assertEquals(0.832, ca.minAlphaWordsRatio());
        assertTrue(ca.gopherStopWords().contains("l'"));
        LanguageSettings en = table.forLanguage("en");
        assertEquals(0.12, en.linePunctThr());
        assertTrue(en.c4());
        assertFalse(ca.c4());
    }

    @Test
    void unknownCodesFallBackToUnd() {
        assertEquals("und", table.forLanguage("xx").code());
        assertEquals("und", table.forLanguage(null).code());
    }

    @Test
    void serbianScriptPicksItsRow() {
        assertEquals("sr", table.forText("sr", "Сва људска бића рађају се слободна").code());
        assertEquals("sr-Latn", table.forText("sr", "Sva ljudska bića rađaju se slobodna").code());
    }

    @Test
    void stopWordsWhereLuceneHasNone() {
        assertTrue(table.stopWords("cy").contains("mae"));
        assertTrue(table.stopWords("sl").contains("ki"));
        assertTrue(table.stopWords("hr").contains("koji"));
        assertTrue(table.stopWords("es").contains("los")); // from Lucene's Spanish list
    }

    @Test
    void analyzerRemovesStopWords() throws Exception {
        Analyzer a = table.analyzerFor("es");
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", "Los derechos de las personas")) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        assertEquals(List.of("derechos", "personas"), out);
    }

    private static List<String> words(Analyzer a, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void wordAnalyzerKeepsStopWordsAndSplitsElisions() throws Exception {
        assertEquals(List.of("los", "derechos", "de", "las", "personas"),
                words(table.wordAnalyzerFor("es"), "Los derechos de las personas"));
        // Both apostrophes: the typographic one is what most web pages use.
        assertEquals(List.of("home", "és", "un", "animal", "polític"),
                words(table.wordAnalyzerFor("ca"), "L\u2019home és un animal polític"));
        assertEquals(List.of("home", "és", "un", "animal", "polític"),
                words(table.wordAnalyzerFor("ca"), "L'home és un animal polític"));
        assertEquals(List.of("état", "de", "droit"), words(table.wordAnalyzerFor("fr"), "L'État de droit"));
        assertEquals(List.of("uomo", "è", "libero"), words(table.wordAnalyzerFor("it"), "L\u2019uomo è libero"));
        // Without elisions (English) the apostrophe stays inside the word.
        assertEquals(List.of("don't", "stop"), words(table.wordAnalyzerFor("en"), "Don\u2019t stop"));
    }

    @Test
    void wordAnalyzerUsesTheLanguagesLowerCasing() throws Exception {
        // Greek: capitals lose their accents and Σ at a word's end is σ, as in lower-case text.
        assertEquals(words(table.wordAnalyzerFor("el"), "οδός"), words(table.wordAnalyzerFor("el"), "ΟΔΟΣ"));
        // Irish: an eclipsed capital keeps its mutation visible.
        assertEquals(List.of("ár", "n-athair"), words(table.wordAnalyzerFor("ga"), "Ár nAthair"));
        assertEquals(List.of("xx"), words(table.wordAnalyzerFor("zz"), "XX"));
    }
}
