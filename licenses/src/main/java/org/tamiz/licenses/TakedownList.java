package org.tamiz.licenses;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Documents to remove on every run (reason {@code takedown}), from a text file, one entry a line ({@code #}
 * comments allowed):
 * <pre>
 * url:https://example.org/page.html     # exactly this URL (a line starting with http(s):// is a URL too)
 * domain:example.org                    # this host and all its subdomains
 * id:doc-000123                         # this document id (ids are stable across releases)
 * </pre>
 * Because ids and URLs are stable, a removal carries across releases. Immutable, serializable.
 */
public final class TakedownList implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String REASON = "takedown";

    private final Set<String> urls;
    private final Set<String> domains;
    private final Set<String> ids;

    private TakedownList(Set<String> urls, Set<String> domains, Set<String> ids) {
        this.urls = Set.copyOf(urls);
        this.domains = Set.copyOf(domains);
        this.ids = Set.copyOf(ids);
    }

    public static TakedownList empty() {
        return new TakedownList(Set.of(), Set.of(), Set.of());
    }

    public static TakedownList read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read takedown list " + file, e);
        }
    }

    public static TakedownList parse(List<String> lines) {
        Set<String> urls = new HashSet<>();
        Set<String> domains = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String raw : lines) {
            String line = raw.replaceFirst("\\s+#.*$", "").trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("url:")) {
                urls.add(normaliseUrl(line.substring(4).trim()));
            } else if (line.startsWith("domain:")) {
                domains.add(line.substring(7).trim().toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", ""));
            } else if (line.startsWith("id:")) {
                ids.add(line.substring(3).trim());
            } else if (line.matches("(?i)https?://.*")) {
                urls.add(normaliseUrl(line));
            } else {
                throw new IllegalArgumentException("takedown line must start with url:, domain: or id: — " + raw);
            }
        }
        return new TakedownList(urls, domains, ids);
    }

    /** What matched (e.g. "domain:example.org"), or empty when the document stays. */
    public Optional<String> match(String id, String url) {
        if (id != null && ids.contains(id)) {
            return Optional.of("id:" + id);
        }
        if (url != null) {
            if (urls.contains(normaliseUrl(url))) {
                return Optional.of("url:" + url);
            }
            String host = UrlHosts.hostOf(url);
            for (String h = host; h != null; h = h.indexOf('.') < 0 ? null : h.substring(h.indexOf('.') + 1)) {
                if (domains.contains(h)) {
                    return Optional.of("domain:" + h);
                }
            }
        }
        return Optional.empty();
    }

    public int size() {
        return urls.size() + domains.size() + ids.size();
    }

    /** Scheme and host lower-cased, fragment dropped: the same page written two ways is one entry. */
    private static String normaliseUrl(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        String host = UrlHosts.hostOf(u);
        if (host == null) {
            return u;
        }
        int start = u.indexOf("://") + 3;
        int end = start;
        while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        String rest = u.substring(end);
        return u.substring(0, start).toLowerCase(Locale.ROOT) + u.substring(start, end).toLowerCase(Locale.ROOT)
                + (rest.isEmpty() ? "/" : rest);
    }
}
