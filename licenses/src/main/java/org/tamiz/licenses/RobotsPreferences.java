package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The usage-preference lines of a robots.txt that crawler-commons does not read: Cloudflare's
 * {@code Content-Signal: search=yes, ai-train=no} and IETF AIPREF's {@code Content-Usage: [/path] train-ai=n}.
 * Each applies to the user-agent group it sits in (or to every agent when it precedes any group). Written by
 * hand because no Java library parses these extensions yet.
 */
final class RobotsPreferences {
    /** One line: its directive (content-signal or content-usage), path (null = all), pairs, and its group's agents. */
    record Line(String directive, String path, Map<String, String> pairs, Set<String> agents, String raw) {
    }

    private RobotsPreferences() {
    }

    static List<Line> parse(String robotsTxt) {
        List<Line> out = new ArrayList<>();
        Set<String> group = new LinkedHashSet<>();
        boolean lastWasAgent = false;
        for (String rawLine : robotsTxt.split("\\r?\\n|\\r")) {
            String line = rawLine;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!lastWasAgent) {
                    group = new LinkedHashSet<>();
                }
                group.add(value.toLowerCase(Locale.ROOT));
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (key.equals("content-signal") || key.equals("content-usage")) {
                String path = null;
                String prefs = value;
                if (value.startsWith("/")) {
                    int sp = value.indexOf(' ');
                    path = sp < 0 ? value : value.substring(0, sp);
                    prefs = sp < 0 ? "" : value.substring(sp + 1);
                }
                out.add(new Line(key, path, pairs(prefs), Set.copyOf(group), rawLine.trim()));
            }
        }
        return out;
    }

    /**
     * "search=yes, ai-train=no" or the Structured Fields dictionary "train-ai=n, search=y;x=1" → lower-cased key
     * to value (parameters after ';' dropped; a bare key means true, written "y").
     */
    static Map<String, String> pairs(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : value.split(",")) {
            String it = item.trim();
            int semi = it.indexOf(';');
            if (semi >= 0) {
                it = it.substring(0, semi).trim();
            }
            if (it.isEmpty()) {
                continue;
            }
            int eq = it.indexOf('=');
            String k = (eq < 0 ? it : it.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String v = eq < 0 ? "y" : it.substring(eq + 1).trim().toLowerCase(Locale.ROOT).replace("\"", "");
            if (v.equals("?1")) {
                v = "y";
            } else if (v.equals("?0")) {
                v = "n";
            }
            out.put(k, v);
        }
        return out;
    }

    static boolean isNo(String v) {
        return v != null && (v.equals("no") || v.equals("n"));
    }
}
