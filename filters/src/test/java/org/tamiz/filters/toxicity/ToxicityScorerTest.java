package org.tamiz.filters.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ToxicityScorerTest {
    private static final ToxicityScorer SCORER = ToxicityScorer.withDefaults();

    private static String reason(String text, String lang) {
        return SCORER.score(text, lang).reason();
    }

    static Stream<Arguments> languageCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (var in = ToxicityScorerTest.class.getResourceAsStream("language_cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                cases.add(Arguments.of(c[0], c[1], c[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} <- {2}")
    @MethodSource("languageCases")
    void realSentencePerLanguage(String lang, String expected, String text) {
        String got = reason(text, lang);
        assertEquals(expected.equals("keep") ? null : expected, got, () -> SCORER.matchedTerms(text, lang).toString());
    }

    @Test
    void everyLanguageHasACase() throws IOException {
        List<String> langs = languageCases().map(a -> (String) a.get()[0]).distinct().sorted().toList();
        assertEquals(ToxicityScorer.bundledLanguages(), langs);
        assertEquals(35, langs.size());
    }

    @Test
    void everyLanguageHasAFewHundredEntries() {
        for (String lang : ToxicityScorer.bundledLanguages()) {
            assertTrue(SCORER.lexiconSize(lang) >= 200, lang + " has " + SCORER.lexiconSize(lang));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "l33t digits|What a load of sh1t.|en",
        "l33t symbols|You are such a b!tch.|en",
        "dollar for s|This is bull$hit.|en",
        "masked letters|What the f*ck is this.|en",
        "double mask|Shut the f**k up.|en",
        "repeated letters|Fuuuuuck this.|en",
        "spaced letters|f u c k this.|en",
        "dotted letters|You are a c.u.n.t.|en",
        "dashed letters|What a s-h-i-t show.|en",
        "swapped letters in a slur|You stupid nigegr.|en",
        "deleted letter in a long slur|Diese Schwuchel sollen weg.|de",
        "accents dropped|Ty pierdolony debilu.|pl",
        "Cyrillic Serbian|Јеботе, какво срање.|sr",
        "Latin Serbian|Jebote, kakvo sranje.|sr",
        "Greek accents dropped|Αντε γαμησου.|el",
    })
    void obfuscatedSpellingsAreFound(String rule, String text, String lang) {
        assertTrue(SCORER.score(text, lang).toxic(), rule + ": " + SCORER.matchedTerms(text, lang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Scunthorpe|Scunthorpe United won at Glanford Park on Saturday.|en",
        "assessment|The assessment of the bass section was classic.|en",
        "cocktail and cockpit|We had a cocktail near the cockpit exhibit.|en",
        "Dickens|Charles Dickens wrote about Sussex and Essex.|en",
        "Penistone|Penistone is a market town in South Yorkshire.|en",
        "cul-de-sac|La maison se trouve au fond d'un cul-de-sac.|fr",
        "baisse|Le chômage a baissé de deux points.|fr",
        "Gepäck|Das Gepäck wurde am Flughafen kontrolliert.|de",
        "Mère|Sa mère habite à Lyon.|fr",
        "kanker research|Het onderzoek naar kanker krijgt meer geld.|nl",
        "ruch|W ruchach ulicznych bierze udział wielu pieszych.|pl",
        "poron|Poron lihaa myydään torilla.|fi",
        "carbón|Galicia depende do carbón para a electricidade.|gl",
        "победа|Победителя наградили медалью.|ru",
        "hear in Danish|Jeg kan godt høre musikken.|da",
        "motorway code, not l33t|Wegblokkades zijn gepland op de A50 bij Apeldoorn.|nl",
        "a name, not the slur|Visit Capt. Spastic's Joke List for all the information and options.|en",
        "raccoon|Le raton laveur est un animal nocturne.|fr",
        "fly swatter|Il faut une tapette à mouches.|fr",
        "Mongols|Les Mongols ont envahi la Chine.|fr",
        "delayed flight|Il volo è ritardato di due ore.|it",
        "fox|La zorra se comió las gallinas.|es",
        "rose buds|Me encantan los capullos de rosa.|es",
        "acorns|Eikels vallen in de herfst van de bomen.|nl",
        "nuts|Vi spiste nøtter og rosiner.|no",
        "you lose|Du taper hvis du ikke trener.|no",
        "you are kidding|Du kødder.|no",
        "zero|Det var en nolla i slutet av numret.|sv",
        "root|A gyökér mélyre nyúlik a földbe.|hu",
        "rag|Wytarł stół mokrą szmatą i szmaty wyrzucił.|pl",
    })
    void innocentWordsAreNotFlagged(String rule, String text, String lang) {
        ToxicityResult r = SCORER.score(text, lang);
        assertFalse(r.toxic(), rule + ": " + SCORER.matchedTerms(text, lang));
        assertTrue(r.hitsByCategory().isEmpty(), rule + ": " + r.hitsByCategory());
    }

    /**
     * Real sentences (langid/train.tsv: UD treebanks, Global Voices) whose only harmful hit is one plainly written
     * swear word or sexual term aimed at no one: counted, but kept.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|It smelled like shit.",
        "en|Game tonight at 7, it's time to kick some ass.",
        "no|- Jeg føler meg jævlig heldig.",
        "nn|Det er jo jævla keisamt temamessig.",
        "pl|Dla mnie to gówno, jak wszystko tutaj.",
        "fi|Vitut minä siitä",
        "et|indro: kurat kes üldse sellisel teemal kirjutab ..",
        "eu|Zer demontre gertatzen zen?",
        "ca|El doblatge a l'espanyol era ben bé una merda.",
        "es|Mary Sánchez (n. 23 de enero de 1985) mejor conocida como Jasmine Byrne es una actriz porno estadounidense.",
        "fr|L'article 80 du code pénal d'Abou Dabi punit la sodomie d'une peine de prison pouvant aller jusqu'à quatorze ans.",
        "da|Jeg husker en vandrehistorie om, at man i Tjekkoslovakiet kunne købe en luder for et stykke sæbe.",
    })
    void loneUntargetedProfanityIsCountedButNotFlagged(String lang, String text) {
        ToxicityResult r = SCORER.score(text, lang);
        assertFalse(r.toxic(), () -> SCORER.matchedTerms(text, lang).toString());
        assertEquals(1, r.totalHits(), () -> r.hitsByCategory().toString());
        assertTrue(r.score() > 0 && r.score() < SCORER.threshold(lang), () -> "score " + r.score());
    }

    /** The same words aimed at a person or a group, repeated, or next to an insult are flagged. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|You smell like shit.",
        "en|You are a piece of shit.",
        "en|Go fuck yourself.",
        "en|Fuck all Muslims.",
        "en|I fucking hate women.",
        "en|Fuck this shit.",
        "de|Du bist echt scheiße.",
        "de|Scheiß Ausländer.",
        "pl|Ty jesteś gównem, jak wszystko tutaj.",
        "pl|Spierdalaj, ty kurwo.",
        "no|Din jævla idiot.",
        "fr|Putain de musulmans.",
        "es|Eres un puto imbécil.",
        "ca|Ets una merda.",
    })
    void profanityAimedAtSomeoneIsFlagged(String lang, String text) {
        assertTrue(SCORER.score(text, lang).toxic(), () -> SCORER.matchedTerms(text, lang).toString());
    }

    /** Written to get past a filter, a lone swear word still counts in full. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|It smelled like sh1t.",
        "en|It smelled like sh*t.",
        "en|It smelled like shiiit.",
        "en|It smelled like s h i t.",
        "en|It smelled like s.h.i.t.",
        "pl|Dla mnie to g0wno, jak wszystko tutaj.",
        "de|So eine Sch3iße, echt jetzt.",
    })
    void obfuscatedLoneProfanityIsStillFlagged(String lang, String text) {
        assertTrue(SCORER.score(text, lang).toxic(), () -> SCORER.matchedTerms(text, lang).toString());
    }

    @Test
    void mildSwearingIsNotAnInsultEvenWhenSomeoneIsAddressed() {
        assertNull(reason("Fan, vad du är bra!", "sv"));
        assertNull(reason("Verdammt, du hast den Bus verpasst.", "de"));
        // a strong word aimed at the reader, or a mild one next to an insult, still is
        assertEquals("toxic_obscene", reason("Du bist scheiße.", "de"));
        assertEquals("toxic_obscene", reason("Du verdammter Idiot.", "de"));
    }

    @Test
    void loneSwearingStaysBelowTheThresholdInEveryLanguage() {
        for (String lang : ToxicityScorer.bundledLanguages()) {
            ToxicityScorer.Profile p = SCORER.profile(lang);
            assertTrue(p.loneWeight >= 0 && p.loneWeight < 1, lang);
            // the heaviest discounted hit (strong, weight 2) in the shortest text (MIN_TOKENS)
            assertTrue(2 * p.loneWeight / ToxicityScorer.MIN_TOKENS < p.threshold, lang);
        }
    }

    @Test
    void contextTermsNeedAGroupOrAddressee() {
        assertEquals("toxic_hate", reason("I hate women.", "en"));
        assertNull(reason("I hate Mondays.", "en"));
        assertEquals("toxic_violence", reason("I will kill you.", "en"));
        assertNull(reason("Two women were killed in the crash, police said.", "en"));
        assertEquals("toxic_hate", reason("Muslims are vermin.", "en"));
        assertNull(reason("The barn was full of vermin.", "en"));
        assertNull(reason("This soup is disgusting, you know.", "en"));
        assertEquals("toxic_hate", reason("Immigrants are disgusting.", "en"));
    }

    @Test
    void neutralAndPositiveStatementsAboutGroupsAreKept() {
        for (String s : List.of("I am a Muslim and proud of it.", "Gay people deserve the same rights.",
            "Many women work in science.", "Trans people are welcome here.", "Immigrants built this city.")) {
            assertNull(reason(s, "en"), s);
        }
        assertNull(reason("Schwule und Lesben dürfen seit 2017 heiraten.", "de"));
        assertNull(reason("Los inmigrantes trabajan en muchos sectores.", "es"));
    }

    @Test
    void scoreIsADensitySoOneSwearWordDoesNotDropAnArticle() {
        String sentence = "The council met on Tuesday to discuss the new budget for the town library and parks. ";
        String article = sentence.repeat(40) + "The mayor said the old plan was shit. " + sentence.repeat(40);
        ToxicityResult r = SCORER.score(article, "en");
        assertEquals(Map.of("obscene", 1), r.hitsByCategory());
        assertFalse(r.toxic());
        String rant = "This shit is fucking bullshit, you asshole. ".repeat(10);
        assertEquals("toxic_obscene", SCORER.score(rant, "en").reason());
        assertTrue(SCORER.score(rant, "en").score() > r.score());
    }

    @Test
    void hitsAreCountedPerCategory() {
        ToxicityResult r = SCORER.score("Shut the fuck up, you stupid cunt, I will kill you.", "en");
        assertEquals(Map.of("insult", 3, "violence", 1), r.hitsByCategory());
        assertEquals(4, r.totalHits());
    }

    @Test
    void unknownLanguageFallsBackToTheDefaultRow() {
        assertEquals("toxic_obscene", reason("fuck this shit", "und"));
        assertEquals("toxic_obscene", reason("fuck this shit", null));
        assertEquals(SCORER.threshold("und"), SCORER.threshold("xx"));
    }

    @Test
    void emptyAndHugeAndRandomInputsAreSafe() {
        assertEquals(0.0, SCORER.score("", "en").score());
        assertEquals(0.0, SCORER.score(null, "en").score());
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            b.appendCodePoint(rnd.nextInt(3) == 0 ? ' ' : rnd.nextInt(0x3000) + 1);
        }
        for (String lang : ToxicityScorer.bundledLanguages()) {
            SCORER.score(b.toString(), lang);
        }
        SCORER.score("a".repeat(100_000) + " " + "f u c k ".repeat(5000) + "*".repeat(1000), "en");
    }

    @Test
    void bundledDefaultsAreSharedAndThreadSafe() throws Exception {
        assertSame(ToxicityScorer.withDefaults(), ToxicityScorer.withDefaults());
        assertSame(ToxicityScorer.withDefaults(), ToxicityScorer.fromConfig(Map.of()));
        List<String> texts = List.of("You are a fucking idiot.", "Ich hasse Ausländer, die sind widerlich.",
            "Muchos refugiados han encontrado trabajo.", "Ty pierdolony debilu.");
        List<String> langs = List.of("en", "de", "es", "pl");
        List<ToxicityResult> expected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            expected.add(SCORER.score(texts.get(i), langs.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        int i = k % texts.size();
                        if (!SCORER.score(texts.get(i), langs.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void configAddsUserListsAndThresholds(@TempDir Path dir) throws IOException {
        Path ldnoobwStyle = dir.resolve("en.txt");
        Files.writeString(ldnoobwStyle, "# one term per line, no category\nfrobnicate\nwidget*\n");
        Path withCategories = dir.resolve("de.tsv");
        Files.writeString(withCategories, "quatschkopf\tinsult\t3\n");
        ToxicityScorer custom = ToxicityScorer.fromConfig(Map.of(
            "extra_lexicons", List.of(ldnoobwStyle.toString(), withCategories.toString()),
            "thresholds", Map.of("fr", 0.5)));
        assertEquals("toxic_obscene", custom.score("Please frobnicate the widgets.", "en").reason());
        assertNull(SCORER.score("Please frobnicate the widgets.", "en").reason());
        assertEquals("toxic_insult", custom.score("Du Quatschkopf!", "de").reason());
        assertEquals(0.5, custom.threshold("fr"));
        assertNull(custom.score("Ta gueule.", "fr").reason());
        assertEquals("toxic_obscene", custom.score("fuck this shit", "en").reason());
        ToxicityScorer only = ToxicityScorer.fromConfig(Map.of("use_bundled_lexicons", false,
            "extra_lexicons", Map.of("all", List.of(ldnoobwStyle.toString()))));
        assertNull(only.score("fuck this shit", "en").reason());
        assertEquals("toxic_obscene", only.score("frobnicate the widgets", "it").reason());
        assertThrows(IllegalArgumentException.class,
            () -> ToxicityScorer.fromConfig(Map.of("extra_lexicons", List.of(dir.resolve("missing.tsv").toString()))));
        Path bad = dir.resolve("es.tsv");
        Files.writeString(bad, "palabra\tinsult\t9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ToxicityScorer.fromConfig(Map.of("extra_lexicons", List.of(bad.toString()))));
        assertTrue(e.getMessage().contains("es.tsv:1"), e.getMessage());
    }
}
