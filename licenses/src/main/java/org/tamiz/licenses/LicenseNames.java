package org.tamiz.licenses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a licence written as people write it — a CC URL, "CC BY-SA 4.0", "Creative Commons
 * Reconocimiento-CompartirIgual 3.0", an SPDX id or name, a licence URL SPDX lists, or an alias from
 * {@code license-aliases.tsv} — and resolves it to an SPDX id (or {@code LicenseRef-...}). Immutable, thread-safe;
 * the tables are loaded once per JVM.
 */
final class LicenseNames {
    /** A licence name found in a text, with where it starts. */
    record Found(String spdx, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** "CC BY-NC-SA 4.0", "cc-by-sa", "Creative Commons BY 3.0", "CC-NC-BY": elements in any order. */
    private static final Pattern CC_ABBREVIATION = Pattern.compile(
            "\\b(?:CC|creative[\\s-]commons)[\\s-]?((?:BY|NC|ND|SA)(?:[\\s-]+(?:BY|NC|ND|SA)){0,3})\\b"
                    + "(?:[\\s-]+(?:licen[cs]e[\\s-]+)?v?(\\d\\.\\d))?(?:[\\s-]+(?-i:(DE|AT|NL|AU|US|IGO|FR|UK|JP|ES|IT|PL|PT|CH|BE)))?\\b",
            FLAGS);
    private static final Pattern CREATIVE_COMMONS = Pattern.compile("\\bcreative[\\s-]+commons\\b", FLAGS);
    private static final Pattern VERSION = Pattern.compile("\\b([1-4]\\.[05])\\b");
    private static final Pattern URL = Pattern.compile("(?:https?:)?//[^\\s\"'<>()\\[\\]]+", FLAGS);
    private static final Pattern ID_TOKEN = Pattern.compile("(?<![\\w.-])[A-Za-z0-9][A-Za-z0-9.+-]{1,40}(?![\\w-])");
    /** Short SPDX ids that are also ordinary words are accepted only from this list (others need a digit or '-'). */
    private static final Set<String> BARE_IDS = Set.of("MIT", "ISC", "Zlib", "Unlicense", "WTFPL", "X11",
            "PostgreSQL", "NCSA", "ODbL", "PDDL");

    private record Alias(String spdx, Pattern pattern) {
    }

    private record CcTerm(String element, Pattern pattern) {
    }

    private static final class Tables {
        static final List<Alias> ALIASES = loadAliases();
        static final List<CcTerm> CC_TERMS = loadCcTerms();
    }

    private LicenseNames() {
    }

    /** Resolves a whole string (a meta value, a JSON-LD value, a config value): the first licence named in it. */
    static Optional<String> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        Optional<SpdxLicenseList.Entry> byId = SpdxLicenseList.get().byId(v);
        if (byId.isPresent()) {
            return Optional.of(byId.get().id());
        }
        if (v.startsWith("LicenseRef-")) {
            return Optional.of(v);
        }
        Optional<SpdxLicenseList.Entry> byName = SpdxLicenseList.get().byName(v);
        if (byName.isPresent()) {
            return Optional.of(byName.get().id());
        }
        return findFirst(v, 0, v.length()).map(Found::spdx);
    }

    static Optional<Found> nearest(List<Found> all, int anchor) {
        Found best = null;
        for (Found f : all) {
            if (best == null || distance(f, anchor) < distance(best, anchor)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<Found> findFirst(String text, int from, int to) {
        List<Found> all = findAll(text, from, to);
        Found best = null;
        for (Found f : all) {
            if (best == null || f.start() < best.start()) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(Found f, int anchor) {
        return f.start() >= anchor ? f.start() - anchor : anchor - f.end();
    }

    /** Every licence name in {@code text[from, to)}; overlapping finds of the same span are all kept. */
    static List<Found> findAll(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        String region = text.substring(from, to);
        Matcher url = URL.matcher(region);
        while (url.find()) {
            String u = url.group();
            Optional<CreativeCommonsUrl.Parsed> cc = CreativeCommonsUrl.parse(u);
            if (cc.isPresent()) {
                out.add(new Found(cc.get().spdx(), from + url.start(), from + url.end()));
            } else {
                SpdxLicenseList.get().bySeeAlsoUrl(u)
                        .ifPresent(e -> out.add(new Found(e.id(), from + url.start(), from + url.end())));
            }
        }
        Matcher abbr = CC_ABBREVIATION.matcher(region);
        while (abbr.find()) {
            String el = abbr.group(1).toUpperCase(Locale.ROOT);
            String elements = CreativeCommonsUrl.elements(el.contains("BY"), el.contains("NC"), el.contains("ND"),
                    el.contains("SA"));
            if (elements != null && !(el.contains("ND") && el.contains("SA"))) {
                out.add(new Found(CreativeCommonsUrl.spdxId(elements, abbr.group(2), abbr.group(3)),
                        from + abbr.start(), from + abbr.end()));
            }
        }
        Matcher cc = CREATIVE_COMMONS.matcher(region);
        while (cc.find()) {
            fullCcName(region, cc.end()).ifPresent(
                    f -> out.add(new Found(f.spdx(), from + cc.start(), from + f.end())));
        }
        for (Alias a : Tables.ALIASES) {
            Matcher m = a.pattern().matcher(region);
            if (m.find()) {
                out.add(new Found(a.spdx(), from + m.start(), from + m.end()));
            }
        }
        Matcher tok = ID_TOKEN.matcher(region);
        while (tok.find()) {
            String t = tok.group();
            if (t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
            boolean plausible = BARE_IDS.contains(t) || (t.matches(".*[0-9].*") && t.contains("-"))
                    || t.matches("[A-Z][A-Za-z]*-[0-9A-Za-z.-]+");
            if (plausible) {
                Optional<SpdxLicenseList.Entry> e = SpdxLicenseList.get().byId(t);
                if (e.isPresent() && e.get().id().equals(t)) {
                    out.add(new Found(t, from + tok.start(), from + tok.start() + t.length()));
                }
            }
        }
        return out;
    }

    /**
     * After "Creative Commons": element words in any language (cc-terms.tsv) up to the version number, the end of
     * the sentence or 90 characters. Without element words nothing is claimed (the words "Creative Commons"
     * alone name the organisation, not a licence).
     */
    private static Optional<Found> fullCcName(String region, int after) {
        int limit = Math.min(region.length(), after + 90);
        int stop = limit;
        for (int i = after; i < limit; i++) {
            char c = region.charAt(i);
            if (c == '\n' || c == ';' || c == '”' || c == '“' || c == '(' || c == ')'
                    || (c == '.' && i + 1 < region.length() && Character.isWhitespace(region.charAt(i + 1)))) {
                stop = i;
                break;
            }
        }
        String segment = region.substring(after, stop);
        boolean by = false;
        boolean sa = false;
        boolean nc = false;
        boolean nd = false;
        boolean zero = false;
        for (CcTerm t : Tables.CC_TERMS) {
            if (t.pattern().matcher(segment).find()) {
                switch (t.element()) {
                    case "by" -> by = true;
                    case "sa" -> sa = true;
                    case "nc" -> nc = true;
                    case "nd" -> nd = true;
                    case "zero" -> zero = true;
                    default -> throw new IllegalStateException(t.element());
                }
            }
        }
        Matcher v = VERSION.matcher(segment);
        String version = v.find() ? v.group(1) : null;
        int end = after + (version != null ? v.end() : segment.length());
        if (zero && !by) {
            return Optional.of(new Found("CC0-1.0", after, end));
        }
        if (!by && !sa && !nc && !nd) {
            return Optional.empty();
        }
        if (nd && sa) {
            return Optional.empty();
        }
        // From version 2.0 on every CC licence carries BY; a version ≥ 2.0 with other elements implies it.
        if (!by && version != null && !version.equals("1.0")) {
            by = true;
        }
        String elements = CreativeCommonsUrl.elements(by, nc, nd, sa);
        return Optional.of(new Found(CreativeCommonsUrl.spdxId(elements, version, null), after, end));
    }

    private static List<Alias> loadAliases() {
        List<Alias> out = new ArrayList<>();
        for (String[] f : readTable("license-aliases.tsv", 2)) {
            out.add(new Alias(f[0], Pattern.compile(f[1], FLAGS)));
        }
        return List.copyOf(out);
    }

    private static List<CcTerm> loadCcTerms() {
        List<CcTerm> out = new ArrayList<>();
        for (String[] f : readTable("cc-terms.tsv", 3)) {
            out.add(new CcTerm(f[1], Pattern.compile(f[2], FLAGS)));
        }
        return List.copyOf(out);
    }

    static List<String[]> readTable(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LicenseNames.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < columns) {
                    throw new IllegalStateException("bad row in " + resource + ": " + line);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
