package org.tamiz.licenses;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseDetectorTest {
    private static final LicenseDetector DETECTOR = LicenseDetector.fromConfig(LicenseConfig.defaults());

    private static LicenseResult html(String html) {
        return DETECTOR.detect(HtmlEvidence.of("https://www.example.org/a/page.html", html));
    }

    private static LicenseResult text(String text) {
        return DETECTOR.detect(DocumentEvidence.ofText("https://www.example.org/a", text, "test"));
    }

    // ---- markup sources ------------------------------------------------------------------------------------

    @Test
    void licenseChooserMarkupWithRelLicense() {
        // What the CC licence chooser emits, pasted into a blog's main content.
        LicenseResult r = html("<html><body><main><p>Post text.</p><a rel=\"license\" "
                + "href=\"http://creativecommons.org/licenses/by-sa/4.0/\"><img alt=\"Creative Commons Licence\" "
                + "src=\"https://i.creativecommons.org/l/by-sa/4.0/88x31.png\" /></a><br />This work is licensed "
                + "under a <a rel=\"license\" href=\"http://creativecommons.org/licenses/by-sa/4.0/\">Creative Commons "
                + "Attribution-ShareAlike 4.0 International License</a>.</main></body></html>");
        assertEquals("CC-BY-SA-4.0", r.spdx());
        assertEquals(LicenseCategory.COPYLEFT_SHARE_ALIKE, r.category());
        assertEquals(Boolean.TRUE, r.commercialOk());
        assertEquals(Boolean.TRUE, r.attributionRequired());
        assertEquals(Boolean.TRUE, r.shareAlikeRequired());
        assertEquals(Boolean.TRUE, r.derivativesAllowed());
        assertTrue(r.confidence() >= 0.9, "confidence " + r.confidence());
        assertTrue(r.evidence().stream().anyMatch(e -> e.method().equals("rel_license")));
        assertTrue(r.evidence().stream().allMatch(e -> e.snippet().length() <= LicenseEvidence.MAX_SNIPPET));
    }

    @Test
    void headLinkRelLicenseAndDublinCoreMeta() {
        LicenseResult r = html("<html><head><link rel=\"license\" href=\"https://creativecommons.org/licenses/by-nc/4.0/\">"
                + "<meta name=\"dcterms.license\" content=\"https://creativecommons.org/licenses/by-nc/4.0/\"></head>"
                + "<body><p>Hello.</p></body></html>");
        assertEquals("CC-BY-NC-4.0", r.spdx());
        assertEquals(LicenseCategory.NON_COMMERCIAL, r.category());
        assertEquals(Boolean.FALSE, r.commercialOk());
    }

    @Test
    void jsonLdLicenseOfThePageButNotOfItsImage() {
        LicenseResult r = html("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Article\",\"headline\":\"x\",\"license\":\"https://creativecommons.org/licenses/by-nd/4.0/\","
                + "\"image\":{\"@type\":\"ImageObject\",\"license\":\"https://creativecommons.org/licenses/by-sa/2.0/\"}}"
                + "</script></head><body><p>Hi.</p></body></html>");
        assertEquals("CC-BY-ND-4.0", r.spdx());
        assertEquals(LicenseCategory.NO_DERIVATIVES, r.category());
        assertEquals(Boolean.FALSE, r.derivativesAllowed());
    }

    @Test
    void httpLinkHeaderRelLicense() {
        LicenseResult r = DETECTOR.detect(new DocumentEvidence("https://data.example.org/x", "Some data.", "s",
                Map.of("link", "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\""),
                null, null, null, null));
        assertEquals("CC0-1.0", r.spdx());
        assertEquals(LicenseCategory.PUBLIC_DOMAIN, r.category());
        assertEquals(Boolean.FALSE, r.attributionRequired());
    }

    @Test
    void relativeCcLinkOnCreativeCommonsOrgIsResolved() {
        LicenseResult r = DETECTOR.detect(new DocumentEvidence("https://creativecommons.org/mission/", "Mission.", "s",
                null, null, List.of(new DocumentEvidence.HtmlLink("a", "", "/licenses/by/4.0/",
                "Creative Commons Attribution 4.0 International license", "boilerplate")), null, null));
        assertEquals("CC-BY-4.0", r.spdx());
    }

    @Test
    void nonCcLicenceLinksCountInTheFooterOnly() {
        LicenseResult footer = html("<html><body><main><p>Manual.</p></main><footer>Permission is granted under the "
                + "<a href=\"https://www.gnu.org/licenses/fdl-1.3.txt\">GNU Free Documentation License</a>.</footer></body></html>");
        assertEquals(LicenseCategory.COPYLEFT_SHARE_ALIKE, footer.category());
        assertTrue(footer.spdx().startsWith("GFDL-1.3"), footer.spdx());
        LicenseResult article = html("<html><body><main><p>Most Rust crates use the <a href="
                + "\"https://opensource.org/license/mit/\">MIT</a> licence.</p></main></body></html>");
        assertEquals("unknown", article.spdx(), article.evidence().toString());
    }

    @Test
    void aPageWithoutAnyLicenceIsUnknown() {
        LicenseResult r = html("<html><body><main><p>The Creative Commons organisation was founded in 2001; "
                + "its licences are widely used.</p></main></body></html>");
        assertEquals("unknown", r.spdx());
        assertEquals(LicenseCategory.UNKNOWN, r.category());
        assertEquals(0.0, r.confidence());
    }

    // ---- precedence: one test per rule ---------------------------------------------------------------------

    @Test
    void mainTextStatementBeatsSidebarBadge() {
        LicenseResult r = html("<html><body><main><p>Este artículo se publica bajo licencia CC BY-SA 4.0.</p></main>"
                + "<aside><a href=\"https://creativecommons.org/licenses/by-nc-nd/3.0/\"><img src=\"b.png\"></a></aside>"
                + "</body></html>");
        assertEquals("CC-BY-SA-4.0", r.spdx());
        assertEquals("text_statement", r.evidence().get(0).method());
    }

    @Test
    void twoDifferentLicencesAtTheSameLevelConflict() {
        LicenseResult r = html("<html><head><link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"
                + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by-nc/4.0/\"></head>"
                + "<body><p>x</p></body></html>");
        assertEquals(LicenseCategory.CONFLICTING, r.category());
        assertEquals(LicenseResult.NOASSERTION, r.spdx());
        assertTrue(r.confidence() > 0 && r.confidence() < 0.5);
    }

    @Test
    void relLicenseInMainBeatsRelLicenseInFooter() {
        LicenseResult r = html("<html><body><main><a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"
                + "CC BY</a></main><footer><a rel=\"license\" href=\"https://creativecommons.org/licenses/by-nc-sa/4.0/\">"
                + "site</a></footer></body></html>");
        assertEquals("CC-BY-4.0", r.spdx());
    }

    @Test
    void creditForAPhotoNeverDecides() {
        LicenseResult r = html("<html><body><main><p>“Sunset over Tallinn” by Jaan Tamm is licensed under "
                + "<a href=\"https://creativecommons.org/licenses/by-nc/2.0/\">CC BY-NC 2.0</a>.</p></main></body></html>");
        assertEquals("unknown", r.spdx());
        assertTrue(r.evidence().stream().allMatch(e -> e.method().equals("attribution")));
    }

    @Test
    void perSourceDeclarationBeatsEverything() {
        LicenseDetector d = LicenseDetector.fromConfig(LicenseConfig.fromMap(Map.of(
                "sources", Map.of("/data/wiki/*.jsonl", "CC-BY-SA-4.0"))));
        LicenseResult r = d.detect(new DocumentEvidence("https://example.org/", "Licensed under CC BY-NC 4.0.",
                "/data/wiki/part-0001.jsonl", null, null, null, null, "MIT"));
        assertEquals("CC-BY-SA-4.0", r.spdx());
        assertEquals(1.0, r.confidence());
        assertEquals("config_source", r.evidence().get(0).method());
    }

    @Test
    void domainRegistryAndInputMetadataAreStrongerThanPageMarkup() {
        LicenseDetector d = LicenseDetector.fromConfig(LicenseConfig.fromMap(Map.of(
                "domains", Map.of("*.wikipedia.org", "CC-BY-SA-4.0"))));
        LicenseResult wiki = d.detect(HtmlEvidence.of("https://ca.wikipedia.org/wiki/Tamís",
                "<html><body><footer><a href=\"https://creativecommons.org/licenses/by/3.0/\"><img></a></footer></body></html>"));
        assertEquals("CC-BY-SA-4.0", wiki.spdx());
        LicenseResult meta = DETECTOR.detect(new DocumentEvidence(null, "Some text.", "x.jsonl", null, null, null, null,
                "cc-by-4.0"));
        assertEquals("CC-BY-4.0", meta.spdx());
        assertEquals("metadata", meta.evidence().get(0).method());
    }

    @Test
    void unversionedStatementIsRefinedByAVersionedLink() {
        LicenseResult r = html("<html><body><main><p>Der Text ist unter der Lizenz „Creative-Commons Namensnennung – "
                + "Weitergabe unter gleichen Bedingungen“ verfügbar.</p></main><footer><a href="
                + "\"https://creativecommons.org/licenses/by-sa/4.0/deed.de\"><img></a></footer></body></html>");
        assertEquals("CC-BY-SA-4.0", r.spdx());
    }

    @Test
    void portedLinkRefinesAnUnportedStatement() {
        LicenseResult r = html("<html><body><main><p>Inhalt unter CC BY-SA 3.0 lizenziert.</p>"
                + "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/3.0/de/\">Lizenz</a></main></body></html>");
        assertEquals("CC-BY-SA-3.0-DE", r.spdx());
    }

    @Test
    void creditsInOtherLanguagesNeverDecide() {
        assertEquals("unknown", text("Vista del port de Barcelona. Imatge de Joan Puig, amb llicència CC-BY-SA 3.0.").spdx());
        assertEquals("unknown", text("Zdjęcie: Jan Kowalski, na licencji CC BY 4.0, via Wikimedia Commons.").spdx());
    }

    @Test
    void ccElementsInAnyOrder() {
        assertEquals("CC-BY-NC-4.0", text("Aquest lloc es publica amb llicència CC-NC-BY 4.0.").spdx());
        assertEquals("CC-BY-NC-SA-3.0", text("Content licensed under CC SA-NC-BY 3.0.").spdx());
    }

    // ---- statements in many languages (Wikipedia footers and CC's own wording) -----------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.|CC-BY-SA-4.0",
            "es|El texto está disponible bajo la Licencia Creative Commons Atribución-CompartirIgual 4.0; pueden aplicarse cláusulas adicionales.|CC-BY-SA-4.0",
            "ca|El text està disponible sota la llicència Creative Commons Reconeixement-CompartirIgual 4.0; es poden aplicar termes addicionals.|CC-BY-SA-4.0",
            "gl|O texto está dispoñible baixo a licenza Creative Commons Recoñecemento-CompartirIgual 4.0; pódense aplicar termos adicionais.|CC-BY-SA-4.0",
            "pt|Este texto é disponibilizado nos termos da licença Atribuição-CompartilhaIgual 4.0 Internacional (CC BY-SA 4.0) da Creative Commons.|CC-BY-SA-4.0",
            "fr|Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions ; d’autres conditions peuvent s’appliquer.|LicenseRef-CC-BY-SA",
            "de|Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.|LicenseRef-CC-BY-SA",
            "it|Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo; possono applicarsi condizioni ulteriori.|LicenseRef-CC-BY-SA",
            "nl|De tekst is beschikbaar onder de licentie Creative Commons Naamsvermelding/Gelijk delen; er kunnen aanvullende voorwaarden van toepassing zijn.|LicenseRef-CC-BY-SA",
            "pl|Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach, z możliwością obowiązywania dodatkowych ograniczeń.|LicenseRef-CC-BY-SA",
            "cs|Text je dostupný pod licencí Creative Commons Uveďte původ – Zachovejte licenci, případně za dalších podmínek.|LicenseRef-CC-BY-SA",
            "sv|Texten är tillgänglig under licensen Creative Commons Erkännande-dela-lika 4.0 Internationell.|CC-BY-SA-4.0",
            "fi|Teksti on saatavilla Creative Commons Nimeä-JaaSamoin 4.0 -lisenssillä; lisäehtoja voi esiintyä.|CC-BY-SA-4.0",
            "hu|A szöveg a Creative Commons Nevezd meg! – Így add tovább! 4.0 licenc alatt van.|CC-BY-SA-4.0",
            "ru|Текст доступен по лицензии Creative Commons «С указанием авторства — С сохранением условий» (CC BY-SA); в отдельных случаях могут действовать дополнительные условия.|LicenseRef-CC-BY-SA",
            "uk|Текст доступний на умовах ліцензії Creative Commons Зазначення авторства — Поширення на тих самих умовах 4.0.|CC-BY-SA-4.0",
            "el|Το κείμενο διατίθεται υπό την Άδεια Creative Commons Αναφορά Δημιουργού-Παρόμοια Διανομή 4.0.|CC-BY-SA-4.0",
            "ro|Textul este disponibil sub licența Creative Commons cu atribuire și distribuire în condiții identice 4.0.|CC-BY-SA-4.0",
            "eu|Testua Creative Commons Aitortu-PartekatuBerdin 4.0 lizentziapean dago.|CC-BY-SA-4.0",
            "da|Teksten er tilgængelig under licensen Creative Commons Kreditering-Deling på samme vilkår 4.0.|CC-BY-SA-4.0",
            "no|Teksten er tilgjengelig under Creative Commons Navngivelse-Del på samme vilkår 4.0.|CC-BY-SA-4.0",
            "hr|Tekst je dostupan pod licencom Creative Commons Imenovanje-Dijeli pod istim uvjetima 4.0.|CC-BY-SA-4.0",
            "bg|Текстът е достъпен под лиценза CC BY-SA 4.0.|CC-BY-SA-4.0",
            "oc|Lo tèxte es disponible jos licéncia CC BY-SA 4.0.|CC-BY-SA-4.0",
            "cy|Mae’r testun ar gael o dan drwydded CC BY-SA 4.0.|CC-BY-SA-4.0",
            "mt|It-test huwa disponibbli taħt il-liċenzja CC BY 4.0.|CC-BY-4.0",
    })
    void licenceStatementsInManyLanguages(String lang, String sentence, String expected) {
        LicenseResult r = text(sentence);
        assertEquals(expected, r.spdx(), lang + ": " + r.evidence());
        assertEquals("text_statement", r.evidence().get(0).method(), lang);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Contains public sector information licensed under the Open Government Licence v3.0.|OGL-UK-3.0",
            "Les données sont publiées sous Licence Ouverte / Open Licence version 2.0.|etalab-2.0",
            "Die Daten stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0.|DL-DE-BY-2.0",
            "Datasettet er lisensiert under Norsk lisens for offentlige data (NLOD) 2.0.|NLOD-2.0",
            "The software is released under the EUPL 1.2.|EUPL-1.2",
            "This project is licensed under the Apache License, Version 2.0.|Apache-2.0",
            "Map data is available under the Open Database License.|ODbL-1.0",
            "Dieses Werk ist unter CC BY-SA 3.0 DE lizenziert.|CC-BY-SA-3.0-DE",
            "Este obra está bajo licencia CC BY-SA 3.0 ES.|LicenseRef-CC-BY-SA-3.0-ES",
            "Licensed under CC BY 4.0 DE.|CC-BY-4.0",
            "Released into the public domain under CC0 1.0.|CC0-1.0",
    })
    void europeanPublicSectorLicencesAndPortsInStatements(String sentence, String expected) {
        assertEquals(expected, text(sentence).spdx(), sentence);
    }

    // ---- code and licence files ----------------------------------------------------------------------------

    @Test
    void spdxLicenseIdentifierHeader() {
        LicenseResult r = text("// SPDX-License-Identifier: Apache-2.0 OR MIT\npackage main\n\nfunc main() {}\n");
        assertEquals("Apache-2.0 OR MIT", r.spdx());
        assertEquals(LicenseCategory.PERMISSIVE, r.category());
        LicenseResult gpl = text("/* SPDX-License-Identifier: GPL-2.0-only */\n#include <stdio.h>\n");
        assertEquals("GPL-2.0-only", gpl.spdx());
        assertEquals(LicenseCategory.COPYLEFT_SHARE_ALIKE, gpl.category());
        assertEquals("unknown", text("// SPDX-License-Identifier: Not-A-Licence-1.0\n").spdx());
    }

    @Test
    void realLicenceFilesAreRecognised() throws IOException {
        Path dir = SharedData.require("licence/wild_license_files");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String expected = f.getFileName().toString().split("__")[0];
            String text = Files.readString(f, StandardCharsets.UTF_8);
            LicenseResult r = DETECTOR.detect(DocumentEvidence.ofText(null, text, "github.com/x/y/LICENSE"));
            String want = switch (expected) {
                case "GPL-3.0" -> "GPL-3.0-only";   // the text alone cannot say -only or -or-later
                case "LGPL-LR" -> "LGPLLR";          // SPDX's id for the LGPL for Linguistic Resources
                default -> expected;
            };
            assertEquals(want, r.spdx(), f.getFileName() + " " + r.evidence());
        }
    }

    @Test
    void licenceWordsInAnOrdinaryPageAreNotALicenceFile() {
        LicenseResult r = text("The licence fee for a television in Ireland is 160 euro a year. The TV licence must be "
                + "renewed every twelve months and can be paid at any post office or online. ".repeat(4));
        assertEquals("unknown", r.spdx());
    }
}
