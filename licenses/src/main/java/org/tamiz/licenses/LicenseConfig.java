package org.tamiz.licenses;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Configuration of licence detection. Build it from the {@code licenses:} section of the run's YAML with
 * {@link #fromMap(Map)}; every key is optional:
 * <pre>
 * licenses:
 *   sources:            # per-source declarations: source name or glob → licence (wins over everything found)
 *     "wiki-dump": CC-BY-SA-4.0
 *     "/data/gov/*": OGL-UK-3.0
 *   domains:            # per-domain registry: "*.example.org" matches the apex and every subdomain
 *     "*.wikipedia.org": CC-BY-SA-4.0
 *   custom_categories:  # categories for LicenseRef-... ids you use (or to override a listed licence)
 *     LicenseRef-Terms-Of-Use: restricted
 *   meta_names: [license, dc.rights, ...]   # &lt;meta&gt; names read as licences (default below)
 *   license_files: true                     # recognise full licence texts against the SPDX list
 *   license_file_coverage: 0.9              # share of a licence's 5-grams a text must contain to match
 * </pre>
 */
public record LicenseConfig(Map<String, String> sourceLicenses, Map<String, String> domainLicenses,
                            Map<String, String> customCategories, List<String> metaNames,
                            boolean detectLicenseFiles, double licenseFileCoverage) implements Serializable {

    /**
     * {@code <meta>} names that carry a licence: Dublin Core (dc., dcterms.), schema/Open Graph style "license",
     * and Highwire's citation_license used by journals.
     */
    public static final List<String> DEFAULT_META_NAMES = List.of("license", "licence", "dc.rights", "dc.license",
            "dcterms.license", "dcterms.rights", "dc.rights.license", "rights", "citation_license", "og:license",
            "cc:license", "article:license");
    public static final double DEFAULT_LICENSE_FILE_COVERAGE = 0.9;

    public LicenseConfig {
        sourceLicenses = Map.copyOf(sourceLicenses == null ? Map.of() : sourceLicenses);
        domainLicenses = Map.copyOf(domainLicenses == null ? Map.of() : domainLicenses);
        customCategories = Map.copyOf((customCategories == null ? Map.<String, String>of() : customCategories)
                .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> {
                    if (!LicenseCategory.isValid(e.getValue())) {
                        throw new IllegalArgumentException("unknown licence category '" + e.getValue() + "' for "
                                + e.getKey() + "; use one of " + LicenseCategory.ALL);
                    }
                    return e.getValue();
                })));
        metaNames = List.copyOf(metaNames == null ? DEFAULT_META_NAMES : metaNames.stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList());
        if (licenseFileCoverage <= 0 || licenseFileCoverage > 1) {
            throw new IllegalArgumentException("license_file_coverage must be in (0, 1]: " + licenseFileCoverage);
        }
    }

    public static LicenseConfig defaults() {
        return new LicenseConfig(Map.of(), Map.of(), Map.of(), DEFAULT_META_NAMES, true,
                DEFAULT_LICENSE_FILE_COVERAGE);
    }

    /** From the {@code licenses:} mapping of the YAML config (null or empty → defaults). */
    public static LicenseConfig fromMap(Map<String, Object> m) {
        return new LicenseConfig(ConfigMaps.stringMap(m, "sources", Map.of()),
                ConfigMaps.stringMap(m, "domains", Map.of()),
                ConfigMaps.stringMap(m, "custom_categories", Map.of()),
                ConfigMaps.stringList(m, "meta_names", DEFAULT_META_NAMES),
                ConfigMaps.bool(m, "license_files", true),
                ConfigMaps.number(m, "license_file_coverage", DEFAULT_LICENSE_FILE_COVERAGE));
    }
}
