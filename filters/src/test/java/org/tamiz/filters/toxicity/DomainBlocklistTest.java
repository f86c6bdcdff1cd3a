package org.tamiz.filters.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainBlocklistTest {
    private static final DomainBlocklist BUNDLED = DomainBlocklist.withDefaults();

    @Test
    void registeredDomainAndSubdomainsAreBlocked() {
        assertEquals(Optional.of("adult"), BUNDLED.categoryOf("https://www.pornhub.com/view?id=1"));
        assertEquals(Optional.of("adult"), BUNDLED.categoryOf("http://es.pornhub.com"));
        assertEquals(Optional.of("gambling"), BUNDLED.categoryOf("https://sports.bet365.com:443/#/AS/B1/"));
        assertEquals(Optional.of("gambling"), BUNDLED.categoryOf("user:pw@www.codere.es/apuestas"));
        assertEquals(Optional.of("phishing"), BUNDLED.categoryOf("https://testsafebrowsing.appspot.com/s/phishing.html"));
        assertEquals(Optional.of("blocked_domain_adult"), BUNDLED.reasonFor("https://xhamster.com/videos/1"));
        assertEquals(Optional.empty(), BUNDLED.reasonFor("https://www.bbc.co.uk/news"));
    }

    @Test
    void lookalikesAndInnocentUrlsAreNotBlocked() {
        assertEquals(Optional.empty(), BUNDLED.categoryOf("https://notredtube.com/"));
        assertEquals(Optional.empty(), BUNDLED.categoryOf("https://www.essexcountycouncil.gov.uk/middlesex"));
        assertEquals(Optional.empty(), BUNDLED.categoryOf("https://de.wikipedia.org/wiki/Ansporn"));
        assertEquals(Optional.empty(), BUNDLED.categoryOf("https://www.scunthorpe-united.co.uk/news"));
        assertEquals(Optional.empty(), BUNDLED.categoryOf("https://www.elpais.com/economia/2024/casinos-historia.html"));
        assertEquals(Optional.empty(), BUNDLED.categoryOf(""));
        assertEquals(Optional.empty(), BUNDLED.categoryOf(null));
    }

    @Test
    void urlKeywordsMatchWholeWords() {
        assertEquals(Optional.of("adult"), BUNDLED.categoryOf("https://example.org/free-porn/videos"));
        assertEquals(Optional.of("adult"), BUNDLED.categoryOf("https://cdn.example.net/xxx/clip.mp4"));
        assertEquals(Optional.of("gambling"), BUNDLED.categoryOf("https://example.es/onlinecasino/ruleta"));
        assertEquals(Optional.of("adult"), BUNDLED.categoryOf("https://mirror-pornhub-free.example/"));
    }

    @Test
    void readsTheUt1Layout(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("adult"));
        Files.createDirectories(root.resolve("malware"));
        Files.writeString(root.resolve("adult/domains"), "example-adult.test\nwww.other-adult.test\n");
        Files.writeString(root.resolve("malware/domains"), "bad.example.org\n");
        Files.writeString(root.resolve("malware/urls"), "ignored.example/path\n");
        DomainBlocklist b = DomainBlocklist.fromDirectories(List.of(root));
        assertEquals(Optional.of("adult"), b.categoryOf("http://cdn.example-adult.test/a.jpg"));
        assertEquals(Optional.of("adult"), b.categoryOf("http://other-adult.test/"));
        assertEquals(Optional.of("malware"), b.categoryOf("https://x.bad.example.org/"));
        assertEquals(Optional.empty(), b.categoryOf("https://example.org/"));
        assertEquals(2, b.domainCounts().get("adult"));
        assertThrows(IllegalArgumentException.class, () -> DomainBlocklist.fromDirectories(List.of(root.resolve("none"))));
    }

    @Test
    void bundledListHasItsCategories() {
        assertTrue(BUNDLED.domainCounts().get("adult") >= 40);
        assertTrue(BUNDLED.domainCounts().get("gambling") >= 30);
    }

    @Test
    void hostParsing() {
        assertEquals("xn--bcher-kva.example", DomainBlocklist.host("https://bücher.example/x"));
        assertEquals("example.org", DomainBlocklist.host("example.org."));
        assertEquals(null, DomainBlocklist.host("http://[2001:db8::1]/"));
    }
}
