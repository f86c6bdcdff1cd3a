package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Creative Commons licence URL grammar (REFERENCE.md §5):
 * {@code creativecommons.org/licenses/{by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd}/{1.0..4.0}/[jurisdiction/][deed.xx|legalcode[.xx]]},
 * the 1.0-era {@code nc}, {@code nd}, {@code sa}, {@code nc-sa}, {@code nd-nc}, {@code by-nd-nc},
 * {@code publicdomain/zero/1.0} (CC0), {@code publicdomain/mark/1.0} (PDM) and {@code licenses/publicdomain/}.
 * Ports (jurisdiction versions) become {@code CC-BY-SA-3.0-DE} where SPDX lists them, else
 * {@code LicenseRef-CC-BY-SA-3.0-ES}; a URL without a version becomes {@code LicenseRef-CC-BY-SA} (family only).
 */
public final class CreativeCommonsUrl {
    // Written by hand: no library knows the CC URL grammar; the SPDX list has only one legalcode URL per id.
    private static final Pattern URL = Pattern.compile(
            "(?:https?:)?//(?:[a-z0-9-]+\\.)*creativecommons\\.org/(licenses|publicdomain)/([a-z+-]+)"
                    + "(?:/(\\d\\.\\d))?(?:/([a-z][a-z_.-]{0,20}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_JURISDICTION = Pattern.compile("deed.*|legalcode.*|rdf|index.*",
            Pattern.CASE_INSENSITIVE);

    /** A parsed CC URL: elements in SPDX order (e.g. "BY-NC-SA"), version (or null), jurisdiction (or null). */
    public record Parsed(String elements, String version, String jurisdiction, String spdx, String url) {
    }

    private CreativeCommonsUrl() {
    }

    /** Parses the first CC licence URL in {@code s}, if any. */
    public static Optional<Parsed> parse(String s) {
        if (s == null || indexOfIgnoreCase(s, "creativecommons.org") < 0) {
            return Optional.empty();
        }
        Matcher m = URL.matcher(s);
        while (m.find()) {
            Optional<Parsed> p = fromMatch(m);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** Every CC licence URL in a text, in order. */
    public static List<Parsed> findAll(String text) {
        List<Parsed> out = new ArrayList<>();
        if (text == null || indexOfIgnoreCase(text, "creativecommons.org") < 0) {
            return out;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            fromMatch(m).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Parsed> fromMatch(Matcher m) {
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String tool = m.group(2).toLowerCase(Locale.ROOT);
        String version = m.group(3);
        String fourth = m.group(4);
        String jurisdiction = fourth == null || NOT_JURISDICTION.matcher(fourth).matches() || version == null
                ? null : fourth.toLowerCase(Locale.ROOT);
        if (jurisdiction != null && !jurisdiction.matches("[a-z]{2}|igo|scotland|[a-z]{2}-[a-z]{2}")) {
            jurisdiction = null;
        }
        String url = m.group();
        if (kind.equals("publicdomain")) {
            if (tool.equals("zero")) {
                return Optional.of(new Parsed("ZERO", version, null, version == null ? "CC0-1.0" : "CC0-" + version, url));
            }
            if (tool.equals("mark")) {
                return Optional.of(new Parsed("PDM", version, null,
                        version == null ? "CC-PDM-1.0" : "CC-PDM-" + version, url));
            }
            return Optional.empty();
        }
        if (tool.equals("publicdomain")) {
            return Optional.of(new Parsed("PD", null, null, "CC-PDDC", url));
        }
        String elements = canonicalElements(tool);
        if (elements == null) {
            // sampling, sampling+, nc-sampling+, devnations, GPL/LGPL wrappers: retired CC tools without SPDX ids
            if (!tool.matches("[a-z+]+(-[a-z+]+)*") || tool.equals("licenses")) {
                return Optional.empty();
            }
            String id = "LicenseRef-CC-" + tool.toUpperCase(Locale.ROOT).replace("+", "PLUS")
                    + (version == null ? "" : "-" + version);
            return Optional.of(new Parsed(tool.toUpperCase(Locale.ROOT), version, null, id, url));
        }
        return Optional.of(new Parsed(elements, version, jurisdiction, spdxId(elements, version, jurisdiction), url));
    }

    /** SPDX id for CC elements/version/port, or LicenseRef-CC-... when SPDX has none. */
    static String spdxId(String elements, String version, String jurisdiction) {
        if (version == null) {
            return "LicenseRef-CC-" + elements;
        }
        if ("4.0".equals(version)) {
            jurisdiction = null;   // 4.0 has no ports; "CC BY 4.0 DE" names the international licence
        }
        String id = "CC-" + elements + "-" + version
                + (jurisdiction == null ? "" : "-" + jurisdiction.toUpperCase(Locale.ROOT));
        return SpdxLicenseList.get().byId(id).map(SpdxLicenseList.Entry::id).orElse("LicenseRef-" + id);
    }

    /** "by-nc-sa" → "BY-NC-SA"; "by-nd-nc" → "BY-NC-ND"; null when the path is not a set of CC elements. */
    static String canonicalElements(String tool) {
        boolean by = false;
        boolean nc = false;
        boolean nd = false;
        boolean sa = false;
        for (String part : tool.split("-")) {
            switch (part) {
                case "by" -> by = true;
                case "nc" -> nc = true;
                case "nd" -> nd = true;
                case "sa" -> sa = true;
                default -> {
                    return null;
                }
            }
        }
        if (nd && sa) {
            return null;
        }
        return elements(by, nc, nd, sa);
    }

    static String elements(boolean by, boolean nc, boolean nd, boolean sa) {
        StringBuilder b = new StringBuilder();
        if (by) {
            b.append("BY");
        }
        if (nc) {
            b.append(b.length() > 0 ? "-" : "").append("NC");
        }
        if (nd) {
            b.append(b.length() > 0 ? "-" : "").append("ND");
        }
        if (sa) {
            b.append(b.length() > 0 ? "-" : "").append("SA");
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** ASCII-case-insensitive indexOf; checks the first character before comparing the rest. */
    static int indexOfIgnoreCase(String haystack, String needle) {
        int n = needle.length();
        char lo = Character.toLowerCase(needle.charAt(0));
        char up = Character.toUpperCase(needle.charAt(0));
        for (int i = 0, last = haystack.length() - n; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == lo || c == up) && haystack.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }
}
