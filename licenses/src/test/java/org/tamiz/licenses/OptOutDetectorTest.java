package org.tamiz.licenses;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptOutDetectorTest {

    private static OptOutResult detect(SiteFiles files, DocumentEvidence d) {
        return OptOutDetector.fromConfig(OptOutConfig.defaults(), files).detect(d);
    }

    private static DocumentEvidence page(String url, Map<String, String> headers, List<DocumentEvidence.MetaTag> meta) {
        return new DocumentEvidence(url, "text", "test", headers, meta, null, null, null);
    }

    // ---- robots.txt ----------------------------------------------------------------------------------------

    @Test
    void realAiRobotsTxtDisallowsEveryDefaultAgentItNames() throws IOException {
        String robots = Files.readString(SharedData.require("licence/robots/ai-robots-txt_robots.txt"),
                StandardCharsets.UTF_8);
        SiteFiles files = SiteFiles.builder().robotsTxt("blog.example.net", robots).build();
        OptOutResult r = detect(files, page("https://blog.example.net/2024/post.html", null, null));
        // Oracle independent of crawler-commons: this file is one group of "User-agent:" lines with "Disallow: /".
        List<String> expected = new ArrayList<>();
        String lower = robots.toLowerCase(Locale.ROOT);
        for (String agent : OptOutConfig.defaultAgents()) {
            if (lower.contains("user-agent: " + agent.toLowerCase(Locale.ROOT) + "\n")) {
                expected.add(agent);
            }
        }
        assertEquals(11, expected.size());
        assertEquals(expected, r.disallowedAgents());
        assertTrue(r.tdmReserved());
        assertTrue(r.signals().stream().allMatch(s -> s.kind().equals(OptOutSignal.ROBOTS_TXT) && s.reserves()));
    }

    @Test
    void realWikipediaRobotsTxtAllowsArticlesAndDisallowsScriptsThroughTheWildcardGroup() throws IOException {
        String robots = Files.readString(SharedData.require("licence/robots/wikipedia_robots.txt"),
                StandardCharsets.UTF_8);
        SiteFiles files = SiteFiles.builder().robotsTxt("en.wikipedia.org", robots).build();
        OptOutResult article = detect(files, page("https://en.wikipedia.org/wiki/Sieve", null, null));
        assertFalse(article.tdmReserved());
        assertTrue(article.disallowedAgents().isEmpty());

        OptOutResult script = detect(files, page("https://en.wikipedia.org/w/index.php?title=Sieve&action=edit", null, null));
        assertTrue(script.tdmReserved());
        assertEquals(OptOutConfig.defaultAgents(), script.disallowedAgents());
        assertTrue(script.signals().get(0).detail().contains("User-agent: *"));

        // With robots_wildcard: false only groups that name an AI agent count.
        OptOutDetector strict = OptOutDetector.fromConfig(OptOutConfig.fromMap(Map.of("robots_wildcard", false)), files);
        OptOutResult s = strict.detect(page("https://en.wikipedia.org/w/index.php?title=Sieve", null, null));
        assertFalse(s.tdmReserved());
        assertEquals(OptOutConfig.defaultAgents(), s.disallowedAgents());
    }

    @Test
    void oneAgentBlockedIsRecordedByName() {
        String robots = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n";
        OptOutResult r = detect(SiteFiles.builder().robotsTxt("news.example.com", robots).build(),
                page("https://news.example.com/a", null, null));
        assertEquals(List.of("GPTBot"), r.disallowedAgents());
        assertTrue(r.tdmReserved());
        assertEquals("by a group naming GPTBot", r.signals().get(0).detail());
    }

    @Test
    void agentsComeFromTheConfig() {
        String robots = "User-agent: anthropic-ai\nDisallow: /\n";
        SiteFiles files = SiteFiles.builder().robotsTxt("x.example", robots).build();
        assertFalse(detect(files, page("https://x.example/p", null, null)).tdmReserved());
        OptOutDetector d = OptOutDetector.fromConfig(OptOutConfig.fromMap(Map.of("agents", List.of("anthropic-ai"))), files);
        assertEquals(List.of("anthropic-ai"), d.detect(page("https://x.example/p", null, null)).disallowedAgents());
    }

    // ---- Content-Signal and Content-Usage ------------------------------------------------------------------

    @Test
    void contentSignalInRobotsTxtCloudflareManagedDefault() {
        // The line Cloudflare's managed robots.txt adds: "search=yes, ai-train=no" in the User-agent: * group.
        String robots = "# As a condition of accessing this website, you agree to abide by the following content signals:\n"
                + "User-Agent: *\nContent-Signal: search=yes,ai-train=no\nAllow: /\n";
        OptOutResult r = detect(SiteFiles.builder().robotsTxt("shop.example.com", robots).build(),
                page("https://shop.example.com/item/1", null, null));
        assertTrue(r.tdmReserved());
        assertTrue(r.disallowedAgents().isEmpty());
        OptOutSignal s = r.signals().get(0);
        assertEquals(OptOutSignal.CONTENT_SIGNAL, s.kind());
        assertEquals("ai-train=no", s.value());
        assertEquals("robots.txt", s.origin());
    }

    @Test
    void contentSignalAllowingTrainingDoesNotReserve() {
        OptOutResult r = detect(SiteFiles.empty(), page("https://a.example/", Map.of("content-signal",
                "search=yes, ai-input=no, ai-train=yes"), null));
        assertFalse(r.tdmReserved());
        assertEquals(1, r.signals().size());
        assertFalse(r.signals().get(0).reserves());
    }

    @Test
    void contentUsageHeaderAndRobotsLineWithPath() {
        OptOutResult header = detect(SiteFiles.empty(), page("https://a.example/x",
                Map.of("Content-Usage", "train-ai=n, search=y"), null));
        assertTrue(header.tdmReserved());
        assertEquals("train-ai=n", header.signals().get(0).value());

        String robots = "User-agent: *\nAllow: /\nContent-Usage: train-ai=y\nContent-Usage: /private/ train-ai=n\n";
        SiteFiles files = SiteFiles.builder().robotsTxt("b.example", robots).build();
        assertTrue(detect(files, page("https://b.example/private/report.html", null, null)).tdmReserved());
        assertFalse(detect(files, page("https://b.example/public/report.html", null, null)).tdmReserved());
    }

    // ---- TDMRep: the spec's own examples -------------------------------------------------------------------

    private static List<String> specExamples() throws IOException {
        Path spec = SharedData.require("licence/tdmrep/spec_index.html");
        List<String> out = new ArrayList<>();
        for (Element pre : Jsoup.parse(Files.readString(spec, StandardCharsets.UTF_8)).select("pre.example")) {
            out.add(pre.wholeText());
        }
        return out;
    }

    @Test
    void tdmRepFileExamplesFromTheSpec() throws IOException {
        List<String> ex = specExamples();
        SiteFiles all = SiteFiles.builder().tdmRepJson("provider.com", ex.get(0)).build();
        assertTrue(detect(all, page("https://provider.com/anything.html", null, null)).tdmReserved());

        SiteFiles groups = SiteFiles.builder().tdmRepJson("provider.com", ex.get(1)).build();
        OptOutResult pdf = detect(groups, page("https://provider.com/directory-a/paper.pdf", null, null));
        assertTrue(pdf.tdmReserved());
        assertNull(pdf.tdmPolicy());
        OptOutResult html = detect(groups, page("https://provider.com/directory-b/html/index.html", null, null));
        assertTrue(html.tdmReserved());
        assertEquals("https://provider.com/policies/policy.json", html.tdmPolicy());
        OptOutResult jpg = detect(groups, page("https://provider.com/directory-b/images/cat.jpg", null, null));
        assertFalse(jpg.tdmReserved());
        assertEquals("0", jpg.signals().get(0).value());
        assertTrue(detect(groups, page("https://provider.com/elsewhere/", null, null)).signals().isEmpty());
    }

    @Test
    void tdmRepHeaderAndMetaExamplesFromTheSpec() throws IOException {
        List<String> ex = specExamples();
        Map<String, String> headers = new HashMap<>();
        for (String line : ex.get(3).strip().split("\\s*\\n\\s*")) {   // the example with a policy
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("HTTP/")) {
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        OptOutResult h = detect(SiteFiles.empty(), page("https://provider.com/a.html", headers, null));
        assertTrue(h.tdmReserved());
        assertEquals("https://provider.com/policies/policy.json", h.tdmPolicy());
        assertEquals("http_header", h.signals().get(0).origin());

        DocumentEvidence m = HtmlEvidence.of("https://provider.com/b.html", ex.get(4));
        OptOutResult meta = detect(SiteFiles.empty(), m);
        assertTrue(meta.tdmReserved());
        assertEquals("html_meta", meta.signals().get(0).origin());
        assertEquals("https://provider.com/policies/policy.json", meta.tdmPolicy());
    }

    // ---- TDMRep precedence: meta > header > file; absence or an invalid value never resets ----------------

    private static final String FILE_RESERVES = "[{\"location\": \"/\", \"tdm-reservation\": 1}]";
    private static final String FILE_ALLOWS = "[{\"location\": \"/\", \"tdm-reservation\": 0}]";

    @Test
    void headerOverridesFile() {
        OptOutResult r = detect(SiteFiles.builder().tdmRepJson("p.example", FILE_RESERVES).build(),
                page("https://p.example/a", Map.of("tdm-reservation", "0"), null));
        assertFalse(r.tdmReserved());
        assertTrue(r.signals().get(0).detail().startsWith("superseded by http_header"));
    }

    @Test
    void metaOverridesHeader() {
        OptOutResult r = detect(SiteFiles.empty(), page("https://p.example/a", Map.of("tdm-reservation", "1"),
                List.of(new DocumentEvidence.MetaTag("tdm-reservation", "0"))));
        assertFalse(r.tdmReserved());
    }

    @Test
    void metaOverridesFile() {
        OptOutResult r = detect(SiteFiles.builder().tdmRepJson("p.example", FILE_ALLOWS).build(),
                page("https://p.example/a", null, List.of(new DocumentEvidence.MetaTag("tdm-reservation", "1"))));
        assertTrue(r.tdmReserved());
        assertEquals("html_meta", r.signals().stream().filter(OptOutSignal::reserves).findFirst().orElseThrow().origin());
    }

    @Test
    void invalidValueDoesNotResetTheFile() {
        OptOutResult r = detect(SiteFiles.builder().tdmRepJson("p.example", FILE_RESERVES).build(),
                page("https://p.example/a", Map.of("tdm-reservation", "yes"), null));
        assertTrue(r.tdmReserved());
        assertEquals("unset", r.signals().get(1).value());
    }

    @Test
    void firstMatchingRuleOfTheFileWins() {
        String file = "[{\"location\": \"/open/*\", \"tdm-reservation\": 0}, {\"location\": \"/\", \"tdm-reservation\": 1}]";
        SiteFiles files = SiteFiles.builder().tdmRepJson("p.example", file).build();
        assertFalse(detect(files, page("https://p.example/open/a.html", null, null)).tdmReserved());
        assertTrue(detect(files, page("https://p.example/closed/a.html", null, null)).tdmReserved());
    }

    // ---- noai / noimageai ----------------------------------------------------------------------------------

    @Test
    void noaiInXRobotsTagAndMetaRobots() {
        OptOutResult h = detect(SiteFiles.empty(), page("https://art.example/1", Map.of("x-robots-tag", "noai, noimageai"), null));
        assertTrue(h.tdmReserved());
        assertEquals(2, h.signals().size());
        OptOutResult m = detect(SiteFiles.empty(), HtmlEvidence.of("https://art.example/2",
                "<html><head><meta name=\"robots\" content=\"noai, noimageai\"></head><body>x</body></html>"));
        assertTrue(m.tdmReserved());
        assertEquals("html_meta", m.signals().get(0).origin());
    }

    @Test
    void noimageaiAloneDoesNotReserveText() {
        OptOutResult r = detect(SiteFiles.empty(), HtmlEvidence.of("https://art.example/3",
                "<html><head><meta name=\"robots\" content=\"index, follow, noimageai\"></head><body>x</body></html>"));
        assertFalse(r.tdmReserved());
        assertEquals(OptOutSignal.NOIMAGEAI, r.signals().get(0).kind());
    }

    @Test
    void disablingASignalKindKeepsItAsEvidenceOnly() {
        OptOutDetector d = OptOutDetector.fromConfig(OptOutConfig.fromMap(Map.of("signals",
                List.of("robots_txt", "tdmrep"))), SiteFiles.empty());
        OptOutResult r = d.detect(page("https://a.example/", Map.of("x-robots-tag", "noai"), null));
        assertFalse(r.tdmReserved());
        assertEquals(1, r.signals().size());
    }

    @Test
    void siteFilesFromFetchedRecords() {
        SiteFiles.Builder b = SiteFiles.builder();
        assertTrue(b.addFetched("https://Shop.Example.com/robots.txt", "User-agent: ClaudeBot\nDisallow: /\n"));
        assertTrue(b.addFetched("https://shop.example.com/.well-known/tdmrep.json", FILE_ALLOWS));
        assertFalse(b.addFetched("https://shop.example.com/robots.txt.bak", "x"));
        assertFalse(b.addFetched("https://shop.example.com/page", "x"));
        OptOutResult r = detect(b.build(), page("https://shop.example.com/item", null, null));
        assertEquals(List.of("ClaudeBot"), r.disallowedAgents());
        assertEquals(2, r.signals().size());
    }

    @Test
    void siteFilesFromTheDirectoryLayout(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("www.example.org/.well-known"));
        Files.writeString(dir.resolve("www.example.org/robots.txt"), "User-agent: CCBot\nDisallow: /\n");
        Files.writeString(dir.resolve("www.example.org/.well-known/tdmrep.json"), FILE_ALLOWS);
        SiteFiles files = SiteFiles.fromDirectory(dir);
        assertEquals(1, files.robotsCount());
        assertEquals(1, files.tdmRepCount());
        OptOutResult r = detect(files, page("https://www.example.org/page", null, null));
        assertEquals(List.of("CCBot"), r.disallowedAgents());
        assertEquals(OptOutConfig.DEFAULT_POLICY_VERSION, r.policyVersion());
    }
}
