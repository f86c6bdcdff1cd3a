package org.tamiz.licenses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreativeCommonsUrlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // versions 1.0 to 4.0
            "http://creativecommons.org/licenses/by/1.0/, CC-BY-1.0",
            "https://creativecommons.org/licenses/by-sa/2.0/, CC-BY-SA-2.0",
            "https://creativecommons.org/licenses/by-nc/2.5/, CC-BY-NC-2.5",
            "https://creativecommons.org/licenses/by-nd/3.0/, CC-BY-ND-3.0",
            "https://creativecommons.org/licenses/by-nc-sa/4.0/, CC-BY-NC-SA-4.0",
            "https://creativecommons.org/licenses/by-nc-nd/4.0/, CC-BY-NC-ND-4.0",
            // deed.xx and legalcode variants
            "https://creativecommons.org/licenses/by/3.0/deed.en, CC-BY-3.0",
            "https://creativecommons.org/licenses/by-sa/4.0/deed.pt_BR, CC-BY-SA-4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/legalcode, CC-BY-SA-4.0",
            "https://creativecommons.org/licenses/by/4.0/legalcode.de, CC-BY-4.0",
            "//creativecommons.org/licenses/by-nc/4.0/deed, CC-BY-NC-4.0",
            // jurisdiction ports: SPDX id where it has one, LicenseRef otherwise
            "http://creativecommons.org/licenses/by-sa/3.0/de/, CC-BY-SA-3.0-DE",
            "http://creativecommons.org/licenses/by-sa/3.0/de/deed.de, CC-BY-SA-3.0-DE",
            "https://creativecommons.org/licenses/by/3.0/nl/legalcode, CC-BY-3.0-NL",
            "http://creativecommons.org/licenses/by-nc-sa/2.0/fr/, CC-BY-NC-SA-2.0-FR",
            "http://creativecommons.org/licenses/by-sa/2.0/uk/, CC-BY-SA-2.0-UK",
            "http://creativecommons.org/licenses/by-sa/3.0/igo/, CC-BY-SA-3.0-IGO",
            "http://creativecommons.org/licenses/by-sa/3.0/es/, LicenseRef-CC-BY-SA-3.0-ES",
            "http://creativecommons.org/licenses/by/3.0/it/deed.it, LicenseRef-CC-BY-3.0-IT",
            "http://creativecommons.org/licenses/by-nc-nd/3.0/pl/, LicenseRef-CC-BY-NC-ND-3.0-PL",
            "http://creativecommons.org/licenses/by-sa/2.5/es/, LicenseRef-CC-BY-SA-2.5-ES",
            // public domain tools
            "https://creativecommons.org/publicdomain/zero/1.0/, CC0-1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/deed.fr, CC0-1.0",
            "https://creativecommons.org/publicdomain/mark/1.0/, CC-PDM-1.0",
            "http://creativecommons.org/licenses/publicdomain/, CC-PDDC",
            // 1.0-era element sets
            "http://creativecommons.org/licenses/by-nd-nc/1.0/, CC-BY-NC-ND-1.0",
            "http://creativecommons.org/licenses/sa/1.0/, CC-SA-1.0",
            "http://creativecommons.org/licenses/nc/1.0/, LicenseRef-CC-NC-1.0",
            // no version: the family only
            "https://creativecommons.org/licenses/by-sa/, LicenseRef-CC-BY-SA",
            // chapter sub-domains and upper case
            "HTTPS://es.creativecommons.org/licenses/by-sa/4.0/deed.es, CC-BY-SA-4.0",
    })
    void parsesTheUrlGrammar(String url, String spdx) {
        assertEquals(spdx, CreativeCommonsUrl.parse(url).orElseThrow().spdx());
    }

    @ParameterizedTest
    @CsvSource({"https://creativecommons.org/about/", "https://creativecommons.org/licenses/",
            "https://example.org/licenses/by/4.0/", "https://creativecommons.org/2024/04/23/cc-at-wipo/"})
    void pagesThatAreNotLicencesParseToNothing(String url) {
        assertTrue(CreativeCommonsUrl.parse(url).isEmpty(), url);
    }
}
