package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = LanguageIdentifier.getDefault();

  @Test
  void defaultIsLoadedOnce() {
    assertSame(identifier, LanguageIdentifier.getDefault());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en|The committee will publish its final report on the new railway line next spring.",
      "de|Die Stadtverwaltung hat beschlossen, die alte Brücke über den Fluss im nächsten Jahr zu erneuern.",
      "fr|Le gouvernement a annoncé hier une nouvelle réforme des retraites qui entrera en vigueur en janvier.",
      "it|Il sindaco ha detto che i lavori nella piazza principale finiranno prima dell'estate.",
      "nl|De gemeente wil volgend jaar meer fietspaden aanleggen in het centrum van de stad.",
      "pl|Rząd zapowiedział, że od przyszłego roku podatki dla małych firm zostaną obniżone.",
      "fi|Kaupunginvaltuusto päätti eilen rakentaa uuden koulun järven rannalle.",
      "hu|A kormány bejelentette, hogy jövőre új vasútvonal épül a két város között.",
      "el|Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων.",
      "ru|Правительство объявило, что в следующем году цены на электричество не вырастут.",
      "uk|Уряд повідомив, що наступного року ціни на електроенергію не зростуть.",
      "bg|Правителството обяви, че догодина цените на електроенергията няма да се повишат.",
      "eu|Udalak hurrengo urtean liburutegi berri bat eraikiko duela iragarri du.",
      "ga|Dúirt an tAire go mbeidh an scoil nua oscailte roimh dheireadh na bliana seo chugainn.",
      "cy|Dywedodd y gweinidog y bydd yr ysgol newydd yn agor cyn diwedd y flwyddyn nesaf.",
      "mt|Il-gvern ħabbar li s-sena d-dieħla se jinbena sptar ġdid fin-naħa t'isfel tal-gżira.",
      "et|Valitsus teatas eile, et järgmisel aastal ehitatakse linna uus koolimaja.",
      "lt|Vyriausybė vakar paskelbė, kad kitais metais mieste bus pastatyta nauja mokykla.",
      "lv|Valdība vakar paziņoja, ka nākamgad pilsētā tiks uzcelta jauna skola.",
      "ro|Guvernul a anunțat ieri că anul viitor va fi construită o nouă școală în oraș.",
      "sl|Vlada je včeraj sporočila, da bodo prihodnje leto v mestu zgradili novo šolo.",
      "sv|Regeringen meddelade i går att en ny skola ska byggas i staden nästa år.",
  })
  void identifiesClearSentences(String lang, String text) {
    LanguageResult result = identifier.identify(text);
    assertEquals(lang, result.lang(), () -> result.toString());
    assertTrue(result.score() > 0.5 && result.score() <= 1.0, () -> result.toString());
  }

  /** Hard groups: own sentences (news-like), one per line "lang|text". */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "hr|Tijekom prošlog tjedna u Zagrebu je održan sastanak ravnatelja svih hrvatskih sveučilišta.",
      "hr|U siječnju je na koncertu bilo više od tisuću ljudi koji su slušali glazbu.",
      "hr|Vlada je objavila da će se porez na dodanu vrijednost smanjiti od idućeg mjeseca.",
      "sr|Ovo je veoma lepo mesto gde deca mogu da se igraju celog dana.",
      "sr|Predsednik je rekao da će Srbija nastaviti da razvija saradnju sa susedima.",
      "sr|Новак Ђоковић је освојио још један турнир у Београду.",
      "sh|Vijeće ministara Bosne i Hercegovine usvojilo je prijedlog budžeta za narednu godinu.",
      "sh|Historija ovog grada seže u period Osmanskog carstva.",
      "no|Regjeringen har bestemt at det skal bygges en ny skole i byen neste år.",
      "no|Jeg liker å gå tur i skogen når været er fint.",
      "nn|Regjeringa har bestemt at det skal byggjast ein ny skule i byen neste år.",
      "nn|Eg likar å gå tur i skogen når vêret er fint.",
      "da|Regeringen har besluttet, at der skal bygges en ny skole i byen næste år.",
      "da|Jeg kan godt lide at gå tur i skoven, når vejret er godt.",
      "gl|O goberno anunciou onte que o ano que vén se construirá unha escola nova na cidade.",
      "gl|Os nenos xogan no parque ata que chega a noite.",
      "pt|O governo anunciou ontem que no próximo ano será construída uma nova escola na cidade.",
      "pt|As crianças brincam no parque até que chega a noite.",
      "es|El gobierno anunció ayer que el año que viene se construirá una nueva escuela en la ciudad.",
      "es|Los niños juegan en el parque hasta que llega la noche.",
      "ca|El govern va anunciar ahir que l'any que ve es construirà una escola nova a la ciutat.",
      "ca|Els nens juguen al parc fins que arriba la nit.",
      "oc|Lo govèrn a anonciat ièr qu'una escòla novèla serà bastida dins la vila l'an que ven.",
      "oc|Los enfants jògan al parc fins a que arriba la nuèch.",
      "cs|Vláda včera oznámila, že příští rok bude ve městě postavena nová škola.",
      "cs|Děti si hrají v parku, dokud nepřijde noc.",
      "sk|Vláda včera oznámila, že budúci rok bude v meste postavená nová škola.",
      "sk|Deti sa hrajú v parku, kým nepríde noc.",
  })
  void separatesTheHardGroups(String lang, String text) {
    LanguageResult result = identifier.identify(text);
    assertEquals(lang, result.lang(), () -> result.toString());
  }

  @Test
  void ekavianSerboCroatianIsSerbian() {
    // Two Ekavian forms (vreme, reke, ...) and no Ijekavian one: Serbian, the only Ekavian standard.
    LanguageResult result = identifier.identify("Vreme je bilo lepo, pa smo celu nedelju proveli pored reke.");
    assertEquals("sr", result.lang(), result::toString);
  }

  @Test
  void mixedScriptsFollowTheDominantScript() {
    // A Latin brand name inside Russian, a Chinese name inside English, a few English words inside Chinese.
    assertEquals("ru", identifier.identify("Компания Apple представила новый iPhone на конференции в Калифорнии.").lang());
    assertEquals("en", identifier.identify("The delegation was led by Li Qiang (李强), who met the minister on Monday.")
        .lang());
    assertEquals("und", identifier.identify("我们今天在北京开会，讨论 machine learning 的新方法和应用。").lang());
    // Latin homoglyphs inside Serbian Cyrillic still read as Serbian.
    assertEquals("sr", identifier.identify("Владa Србије je јуче усвојила нови закон о образовању.").lang());
  }

  @Test
  void longDocumentsAreSampledSoCostDoesNotGrowWithLength() {
    String paragraph = "Der Stadtrat hat gestern beschlossen, die alte Brücke über den Fluss im nächsten Jahr zu "
        + "erneuern, weil die Kosten für die Reparatur inzwischen höher wären als für einen Neubau. ";
    StringBuilder document = new StringBuilder();
    while (document.length() < 200_000) {
      document.append(paragraph);
    }
    LanguageIdentifier.Analysis analysis = identifier.analyze(document);
    assertTrue(analysis.normalizedLength <= LanguageIdentifier.SAMPLE_WINDOWS
        * (LanguageIdentifier.SAMPLE_WINDOW_CHARS + 2) + 2, () -> "scored " + analysis.normalizedLength);
    LanguageResult result = identifier.identify(document);
    assertEquals("de", result.lang());
    assertTrue(result.score() > 0.99);
  }

  @Test
  void longDocumentVotesForTheLanguageOfMostSamples() {
    String english = "The council decided yesterday to repair the old bridge over the river next year. ";
    String french = "Le conseil municipal a décidé hier de réparer le vieux pont sur la rivière l'année prochaine. ";
    StringBuilder document = new StringBuilder();
    while (document.length() < 3000) {
      document.append(english);
    }
    while (document.length() < 30_000) {
      document.append(french);
    }
    assertEquals("fr", identifier.identify(document).lang());
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String> texts = List.of(
        "The committee will publish its final report on the new railway line next spring.",
        "Regjeringa har bestemt at det skal byggjast ein ny skule i byen neste år.",
        "Vláda včera oznámila, že budúci rok bude v meste postavená nová škola.",
        "Новак Ђоковић је освојио још један турнир у Београду.",
        "Hükümet, küçük işletmeler için yeni bir destek paketi hazırladığını açıkladı.",
        "Il-gvern ħabbar li s-sena d-dieħla se jinbena sptar ġdid.");
    List<LanguageResult> expected = texts.stream().map(identifier::identify).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          for (int round = 0; round < 300; round++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!identifier.identify(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : futures) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void mostNonTargetSentencesAreUndetermined() throws Exception {
    // Sentences in 37 other languages written for this test (test resource, not training data).
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
        getClass().getResource("/org/tamiz/langid/non-target-sentences.tsv").toURI()));
    long und = lines.stream().map(l -> l.split("\t")[1]).filter(t -> identifier.identify(t).lang().equals("und"))
        .count();
    double share = und / (double) lines.size();
    assertTrue(share >= 0.70, () -> "und share " + share);
    // Sentences with two or more letters no target language uses (Turkish ı ş ğ, Icelandic ð þ, Vietnamese
    // ơ ư, Esperanto ĉ ĝ ŝ ŭ, Azerbaijani ə, Kazakh қ ә ү ұ ө, Yoruba ọ ṣ) are never given a target language.
    String alien = "ışğðþơưĉĝŝŭəқәүұөọṣ";
    for (String line : lines) {
      String text = line.split("\\t")[1];
      long count = text.toLowerCase(java.util.Locale.ROOT).codePoints().filter(cp -> alien.indexOf(cp) >= 0).count();
      if (count >= 2) {
        assertEquals("und", identifier.identify(text).lang(), line);
      }
    }
  }

  @Test
  void randomUnicodeAndHugeInputNeverThrow() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      char[] chars = new char[random.nextInt(3000)];
      for (int c = 0; c < chars.length; c++) {
        // Mostly Latin, Cyrillic and punctuation, with any UTF-16 unit (lone surrogates included) mixed in.
        int kind = random.nextInt(4);
        chars[c] = (char) (kind == 0 ? random.nextInt(0x10000) : kind == 1 ? 0x400 + random.nextInt(0x60)
            : kind == 2 ? 0x20 + random.nextInt(0x60) : 0xc0 + random.nextInt(0x180));
      }
      LanguageResult result = identifier.identify(new String(chars), i % 5);
      assertTrue(result.score() >= 0 && result.score() <= 1, result::toString);
      assertTrue(result.lang().equals("und") || Languages.isTarget(result.lang()));
    }
    StringBuilder huge = new StringBuilder(10_000_000);
    while (huge.length() < 10_000_000) {
      huge.append("Het weer is vandaag erg mooi en warm in de hele stad. ");
    }
    assertEquals("nl", identifier.identify(huge).lang());
  }

  @Test
  void serbianCyrillicIsSerbianNotBulgarian() {
    LanguageResult result = identifier.identify(
        "Влада Србије је јуче саопштила да ће наредне године у граду бити изграђена нова школа.");
    assertEquals("sr", result.lang(), result::toString);
  }

  @Test
  void emptyWhitespaceDigitsAndPunctuationAreUndetermined() {
    for (String text : new String[] {"", "   \n\t ", "12345 678 90", "!!! ??? ... ---", "2024-05-01 12:30"}) {
      LanguageResult result = identifier.identify(text);
      assertEquals("und", result.lang(), () -> "'" + text + "' -> " + result);
      assertEquals(List.of(), result.alternatives());
    }
    assertEquals("und", identifier.identify(null).lang());
  }

  @Test
  void otherScriptsAreUndetermined() {
    String[] texts = {
        "北京是中华人民共和国的首都，也是全国的政治和文化中心。",
        "ذهب الطلاب إلى المكتبة لقراءة الكتب الجديدة بعد الظهر.",
        "הממשלה הודיעה אתמול על תוכנית חדשה לבניית בתי ספר.",
        "भारत की राजधानी नई दिल्ली है और यह एक बड़ा शहर है।",
        "東京は日本の首都であり、多くの人が住んでいます。",
        "서울은 대한민국의 수도이며 인구가 가장 많은 도시입니다.",
        "ประเทศไทยมีชื่อเสียงด้านอาหารและวัฒนธรรมที่หลากหลาย",
        "საქართველოს დედაქალაქი თბილისია.",
    };
    for (String text : texts) {
      LanguageResult result = identifier.identify(text);
      assertEquals("und", result.lang(), () -> text + " -> " + result);
    }
  }

  @Test
  void topKListsAlternativesBestFirst() {
    LanguageResult result = identifier.identify("Het weer is vandaag erg mooi en warm in de hele stad.", 5);
    assertEquals("nl", result.lang());
    assertEquals(5, result.alternatives().size());
    assertEquals("nl", result.alternatives().get(0).lang());
    for (int i = 1; i < result.alternatives().size(); i++) {
      assertTrue(result.alternatives().get(i - 1).score() >= result.alternatives().get(i).score());
    }
    assertEquals(0, identifier.identify("Het weer is vandaag erg mooi.", 0).alternatives().size());
  }
}
