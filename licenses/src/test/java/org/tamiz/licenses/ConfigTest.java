package org.tamiz.licenses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three config sections, read from YAML exactly as the pipeline reads its run config. */
class ConfigTest {
    private static final String YAML = """
            licenses:
              sources:
                "wiki-dump": CC-BY-SA-4.0
              domains:
                "*.gov.uk": OGL-UK-3.0
              custom_categories:
                LicenseRef-Site-Terms: restricted
            optout:
              agents: [GPTBot, CCBot]
              robots_wildcard: false
              noimageai_reserves_text: true
              policy_version: test-2
            selection:
              exclude_tdm_reserved: true
              exclude_categories: [non_commercial, restricted]
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(String name) throws IOException {
        Map<String, Object> all = new ObjectMapper(new YAMLFactory()).readValue(YAML, Map.class);
        return (Map<String, Object>) all.get(name);
    }

    @Test
    void licenceConfigFromYaml() throws IOException {
        LicenseConfig c = LicenseConfig.fromMap(section("licenses"));
        assertEquals(Map.of("wiki-dump", "CC-BY-SA-4.0"), c.sourceLicenses());
        assertEquals(LicenseConfig.DEFAULT_META_NAMES, c.metaNames());
        LicenseDetector d = LicenseDetector.fromConfig(c);
        LicenseResult gov = d.detect(DocumentEvidence.ofText("https://www.data.gov.uk/dataset/x", "Tables.", "s"));
        assertEquals("OGL-UK-3.0", gov.spdx());
        assertEquals(LicenseCategory.PERMISSIVE, gov.category());
        LicenseResult site = d.detect(new DocumentEvidence(null, "x", "s", null, null, null, null,
                "LicenseRef-Site-Terms"));
        assertEquals(LicenseCategory.RESTRICTED, site.category());
    }

    @Test
    void optOutConfigFromYaml() throws IOException {
        OptOutConfig c = OptOutConfig.fromMap(section("optout"));
        assertEquals(List.of("GPTBot", "CCBot"), c.agents());
        assertFalse(c.robotsWildcard());
        assertTrue(c.noImageAiReservesText());
        assertEquals("test-2", c.policyVersion());
        assertEquals(Set.copyOf(OptOutConfig.ALL_SIGNALS), c.reservingSignals());
    }

    @Test
    void defaultsWhenSectionsAreAbsent() {
        assertEquals(LicenseConfig.defaults(), LicenseConfig.fromMap(null));
        assertEquals(OptOutConfig.defaults(), OptOutConfig.fromMap(Map.of()));
        assertEquals(SelectionPolicy.defaults(), SelectionPolicy.fromMap(null));
        assertEquals(11, OptOutConfig.defaultAgents().size());
    }

    @Test
    void badValuesAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LicenseDetector.fromConfig(LicenseConfig.fromMap(Map.of("sources", Map.of("x", "Not a licence")))));
        assertTrue(e.getMessage().contains("Not a licence"));
        assertThrows(IllegalArgumentException.class,
                () -> OptOutConfig.fromMap(Map.of("signals", List.of("telepathy"))));
        assertThrows(IllegalArgumentException.class,
                () -> SelectionPolicy.fromMap(Map.of("exclude_categories", List.of("nonsense"))));
    }

    @Test
    void selectionPolicyGivesStableReasons() throws IOException {
        SelectionPolicy p = SelectionPolicy.fromMap(section("selection"));
        LicenseResult nc = LicenseDetector.fromConfig(LicenseConfig.defaults()).detect(new DocumentEvidence(null, "x",
                "s", null, null, null, null, "CC-BY-NC-SA-4.0"));
        OptOutResult reserved = new OptOutResult(true, List.of(), List.of(), null, "v");
        assertEquals(List.of("tdm_opt_out", "license_non_commercial"), p.rejectReasons(nc, reserved));
        LicenseResult nd = LicenseDetector.fromConfig(LicenseConfig.defaults()).detect(new DocumentEvidence(null, "x",
                "s", null, null, null, null, "CC-BY-ND-4.0"));
        assertEquals(List.of(), p.rejectReasons(nd, new OptOutResult(false, List.of(), List.of(), null, "v")));
        assertEquals(List.of("license_no_derivatives"), SelectionPolicy.defaults().rejectReasons(nd, null));
    }

    @Test
    void takedownListByUrlDomainAndId() {
        TakedownList t = TakedownList.parse(List.of("# removals requested 2026-05", "url:https://Example.org/a#top",
                "domain:private.example", "id:doc-42", "https://news.example/story  # by email"));
        assertEquals(4, t.size());
        assertEquals("url:https://example.org/a", t.match("x", "https://example.org/a").orElseThrow());
        assertEquals("domain:private.example", t.match(null, "http://www.private.example/p").orElseThrow());
        assertEquals("id:doc-42", t.match("doc-42", null).orElseThrow());
        assertTrue(t.match("doc-43", "https://example.org/b").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TakedownList.parse(List.of("example.org")));
    }
}
