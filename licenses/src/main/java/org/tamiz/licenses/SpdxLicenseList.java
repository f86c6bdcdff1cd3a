package org.tamiz.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX licence list, read from {@code org/tamiz/licenses/spdx/licenses.json}, which the build extracts from
 * {@code org.spdx:java-spdx-library} (see pom.xml for why it is extracted rather than depended on). Loaded once
 * per JVM; immutable.
 */
public final class SpdxLicenseList {
    static final String RESOURCE_DIR = "/org/tamiz/licenses/spdx/";

    /** One listed licence. */
    public record Entry(String id, String name, boolean deprecated, boolean osiApproved, boolean fsfLibre,
                        List<String> seeAlso) {
    }

    private static final class Holder {
        static final SpdxLicenseList INSTANCE = load();
    }

    private final String version;
    private final List<Entry> entries;
    private final Map<String, Entry> byLowerId;
    private final Map<String, Entry> byNormalisedName;
    private final Map<String, List<Entry>> bySeeAlso;

    private SpdxLicenseList(String version, List<Entry> entries) {
        this.version = version;
        this.entries = List.copyOf(entries);
        Map<String, Entry> ids = new HashMap<>();
        Map<String, Entry> names = new HashMap<>();
        Map<String, List<Entry>> urls = new HashMap<>();
        for (Entry e : entries) {
            ids.put(e.id().toLowerCase(Locale.ROOT), e);
            if (!e.deprecated()) {
                names.putIfAbsent(normaliseName(e.name()), e);
            }
            for (String u : e.seeAlso()) {
                urls.computeIfAbsent(normaliseUrl(u), k -> new ArrayList<>()).add(e);
            }
        }
        this.byLowerId = Map.copyOf(ids);
        this.byNormalisedName = Map.copyOf(names);
        Map<String, List<Entry>> frozen = new HashMap<>();
        urls.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.bySeeAlso = Collections.unmodifiableMap(frozen);
    }

    /** The list bundled at build time. */
    public static SpdxLicenseList get() {
        return Holder.INSTANCE;
    }

    /** The SPDX licence list version, e.g. "3.26.0". */
    public String version() {
        return version;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Case-insensitive lookup of an SPDX id (deprecated ids included). */
    public Optional<Entry> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byLowerId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** Lookup by the licence's full SPDX name, ignoring case, punctuation and spacing. */
    public Optional<Entry> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byNormalisedName.get(normaliseName(name)));
    }

    /**
     * Lookup by a reference URL listed under {@code seeAlso}. When several ids share a URL (e.g. the -only and
     * -or-later variants of the GNU licences), the shortest id is returned, which is the family's generic id.
     */
    public Optional<Entry> bySeeAlsoUrl(String url) {
        List<Entry> hits = bySeeAlso.get(normaliseUrl(url));
        if (hits == null || hits.isEmpty()) {
            return Optional.empty();
        }
        Entry best = hits.get(0);
        for (Entry e : hits) {
            if (e.id().length() < best.id().length()
                    || (e.id().length() == best.id().length() && e.id().compareTo(best.id()) < 0)) {
                best = e;
            }
        }
        return Optional.of(best);
    }

    static String normaliseName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", " ").trim();
    }

    /** Drops scheme, "www.", a trailing slash and a .html/.htm/.txt/.php extension, and lower-cases. */
    static String normaliseUrl(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.replaceFirst("\\.(html?|txt|php)$", "");
    }

    private static SpdxLicenseList load() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = SpdxLicenseList.class.getResourceAsStream(RESOURCE_DIR + "licenses.json")) {
            if (in == null) {
                throw new IllegalStateException("SPDX licence list missing from the classpath: " + RESOURCE_DIR
                        + "licenses.json (it is extracted from org.spdx:java-spdx-library at build time)");
            }
            JsonNode root = mapper.readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode n : root.path("licenses")) {
                List<String> seeAlso = new ArrayList<>();
                n.path("seeAlso").forEach(s -> seeAlso.add(s.asText()));
                entries.add(new Entry(n.path("licenseId").asText(), n.path("name").asText(),
                        n.path("isDeprecatedLicenseId").asBoolean(false), n.path("isOsiApproved").asBoolean(false),
                        n.path("isFsfLibre").asBoolean(false), List.copyOf(seeAlso)));
            }
            return new SpdxLicenseList(root.path("licenseListVersion").asText(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
