package org.tamiz.filters.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * URL and domain blocklists in the UT1 layout (Université Toulouse 1 Capitole's blacklists): one directory per
 * category, each holding a {@code domains} file with one domain per line. A listed domain blocks itself and
 * all its subdomains ({@code example.com} blocks {@code www.example.com} and {@code a.b.example.com}, not
 * {@code notexample.com}). A category directory may also hold {@code url_keywords}: one keyword per line
 * matched against the words of the URL (host labels and path split on non-letters), so "porn" blocks
 * {@code /free-porn/} but not {@code /sporn/}; a keyword written {@code *word*} matches inside words too.
 *
 * <p>The bundled list ({@code toxicity/blocklist/}) is small and written for Tamiz; for the full UT1 lists,
 * download and unpack {@code blacklists.tar.gz} from dsi.ut-capitole.fr and pass its root directory to
 * {@link #fromDirectories(List)} (or the pipeline's {@code toxicity.blocklist_dirs} setting).
 *
 * <p>Immutable and thread-safe. Look-up is one hash probe per label of the host, plus one per URL word.
 * Memory grows with the list: the full UT1 set (several million domains) needs a few hundred MB of heap, so
 * load it once per executor JVM.
 */
public final class DomainBlocklist {
    private static final String RESOURCE_DIR = "/org/tamiz/filters/toxicity/blocklist/";
    /** Categories of the bundled list (the resource folders). */
    private static final List<String> BUNDLED_CATEGORIES = List.of("adult", "gambling", "phishing");
    private static volatile DomainBlocklist defaults;

    private final Map<String, String> domains;
    private final Map<String, String> keywords;
    private final List<String[]> infixKeywords;

    private DomainBlocklist(Map<String, String> domains, Map<String, String> keywords, List<String[]> infix) {
        this.domains = Map.copyOf(domains);
        this.keywords = Map.copyOf(keywords);
        this.infixKeywords = List.copyOf(infix);
    }

    /** The small bundled list (adult, gambling, phishing); one instance per JVM. */
    public static DomainBlocklist withDefaults() {
        DomainBlocklist d = defaults;
        if (d == null) {
            synchronized (DomainBlocklist.class) {
                if (defaults == null) {
                    Builder b = new Builder();
                    for (String cat : BUNDLED_CATEGORIES) {
                        b.readResource(cat, "domains", false);
                        b.readResource(cat, "url_keywords", true);
                    }
                    defaults = b.build();
                }
                d = defaults;
            }
        }
        return d;
    }

    /** Reads every category folder under each root (UT1 layout); later roots win for the same domain. */
    public static DomainBlocklist fromDirectories(List<Path> ut1Roots) {
        Builder b = new Builder();
        for (Path root : ut1Roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("not a directory: " + root);
            }
            try (DirectoryStream<Path> cats = Files.newDirectoryStream(root)) {
                List<Path> sorted = new ArrayList<>();
                cats.forEach(sorted::add);
                sorted.sort(null);
                for (Path cat : sorted) {
                    if (!Files.isDirectory(cat)) {
                        continue;
                    }
                    String name = cat.getFileName().toString();
                    Path d = cat.resolve("domains");
                    if (Files.isRegularFile(d)) {
                        try (BufferedReader r = Files.newBufferedReader(d, StandardCharsets.ISO_8859_1)) {
                            b.read(r, name, false);
                        }
                    }
                    Path k = cat.resolve("url_keywords");
                    if (Files.isRegularFile(k)) {
                        try (BufferedReader r = Files.newBufferedReader(k, StandardCharsets.UTF_8)) {
                            b.read(r, name, true);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.build();
    }

    /** Number of domains listed, per category (for the docs and the manifest). */
    public Map<String, Integer> domainCounts() {
        Map<String, Integer> n = new TreeMap<>();
        for (String c : domains.values()) {
            n.merge(c, 1, Integer::sum);
        }
        return n;
    }

    /**
     * The blocklist category of a URL (or bare host), or empty. The host and each of its parent domains are
     * looked up, most specific first; then the URL's words are matched against the keyword rules.
     */
    public Optional<String> categoryOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host = host(url);
        if (host != null) {
            String h = host;
            while (true) {
                String cat = domains.get(h);
                if (cat != null) {
                    return Optional.of(cat);
                }
                int dot = h.indexOf('.');
                if (dot < 0) {
                    break;
                }
                h = h.substring(dot + 1);
            }
        }
        if (!keywords.isEmpty() || !infixKeywords.isEmpty()) {
            String lower = url.toLowerCase(Locale.ROOT);
            int i = 0;
            int n = lower.length();
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    String cat = keywords.get(lower.substring(start, i));
                    if (cat != null) {
                        return Optional.of(cat);
                    }
                }
            }
            for (String[] k : infixKeywords) {
                if (lower.contains(k[0])) {
                    return Optional.of(k[1]);
                }
            }
        }
        return Optional.empty();
    }

    /** The rejection reason for a URL, {@code blocked_domain_<category>}, or empty. */
    public Optional<String> reasonFor(String url) {
        return categoryOf(url).map(c -> "blocked_domain_" + c);
    }

    /** Lower-case ASCII host of a URL or bare domain, without "www." port or user info; null if none. */
    static String host(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        if (s.startsWith("[")) {
            return null;
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        final Map<String, String> domains = new HashMap<>();
        final Map<String, String> keywords = new HashMap<>();
        final List<String[]> infix = new ArrayList<>();

        void readResource(String category, String file, boolean keywordFile) {
            try (InputStream in = DomainBlocklist.class.getResourceAsStream(RESOURCE_DIR + category + "/" + file)) {
                if (in == null) {
                    return;
                }
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), category, keywordFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void read(BufferedReader r, String category, boolean keywordFile) throws IOException {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (keywordFile) {
                    if (t.length() > 2 && t.startsWith("*") && t.endsWith("*")) {
                        infix.add(new String[] {t.substring(1, t.length() - 1), category});
                    } else {
                        keywords.put(t, category);
                    }
                } else {
                    String h = host(t);
                    if (h != null) {
                        domains.put(h.startsWith("www.") ? h.substring(4) : h, category);
                    }
                }
            }
        }

        DomainBlocklist build() {
            return new DomainBlocklist(domains, keywords, infix);
        }
    }
}
