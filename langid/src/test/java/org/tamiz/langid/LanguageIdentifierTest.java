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
