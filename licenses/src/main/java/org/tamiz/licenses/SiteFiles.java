package org.tamiz.licenses;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Per-site files for opt-out checks: robots.txt and {@code /.well-known/tdmrep.json} text per host. Built once
 * by the pipeline (from WARC robots records and/or a {@code --site-files DIR}) and broadcast; immutable and
 * serializable. Hosts are lower-cased, as in the URL, e.g. {@code www.example.org}.
 */
public final class SiteFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final SiteFiles EMPTY = new SiteFiles(Map.of(), Map.of());

    private final Map<String, String> robotsTxt;
    private final Map<String, String> tdmRepJson;

    private SiteFiles(Map<String, String> robotsTxt, Map<String, String> tdmRepJson) {
        this.robotsTxt = Map.copyOf(robotsTxt);
        this.tdmRepJson = Map.copyOf(tdmRepJson);
    }

    public static SiteFiles empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code DIR/HOST/robots.txt} and {@code DIR/HOST/.well-known/tdmrep.json} for every HOST directory
     * (the {@code --site-files} layout of CONTRACT.md).
     */
    public static SiteFiles fromDirectory(Path dir) {
        Builder b = builder();
        try (Stream<Path> hosts = Files.list(dir)) {
            for (Path hostDir : (Iterable<Path>) hosts.filter(Files::isDirectory).sorted()::iterator) {
                String host = hostDir.getFileName().toString();
                Path robots = hostDir.resolve("robots.txt");
                if (Files.isRegularFile(robots)) {
                    b.robotsTxt(host, Files.readString(robots, StandardCharsets.UTF_8));
                }
                Path tdm = hostDir.resolve(".well-known").resolve("tdmrep.json");
                if (Files.isRegularFile(tdm)) {
                    b.tdmRepJson(host, Files.readString(tdm, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read site files from " + dir, e);
        }
        return b.build();
    }

    public Optional<String> robotsTxt(String host) {
        return host == null ? Optional.empty() : Optional.ofNullable(robotsTxt.get(host.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> tdmRepJson(String host) {
        return host == null ? Optional.empty() : Optional.ofNullable(tdmRepJson.get(host.toLowerCase(Locale.ROOT)));
    }

    public int robotsCount() {
        return robotsTxt.size();
    }

    public int tdmRepCount() {
        return tdmRepJson.size();
    }

    /** Collects site files; a later file for the same host replaces an earlier one. */
    public static final class Builder {
        private final Map<String, String> robots = new HashMap<>();
        private final Map<String, String> tdm = new HashMap<>();

        public Builder robotsTxt(String host, String text) {
            robots.put(host.toLowerCase(Locale.ROOT), text);
            return this;
        }

        public Builder tdmRepJson(String host, String json) {
            tdm.put(host.toLowerCase(Locale.ROOT), json);
            return this;
        }

        /**
         * Adds a fetched site file by its URL — how robots.txt (and tdmrep.json) records in WARC input arrive:
         * {@code https://HOST/robots.txt} or {@code https://HOST/.well-known/tdmrep.json}. Returns false (and adds
         * nothing) for any other URL, so the pipeline can offer every record.
         */
        public boolean addFetched(String url, String body) {
            String host = UrlHosts.hostOf(url);
            if (host == null || body == null) {
                return false;
            }
            String path = UrlHosts.pathAndQuery(url);
            if (path.equals("/robots.txt")) {
                robotsTxt(host, body);
                return true;
            }
            if (path.equals("/.well-known/tdmrep.json")) {
                tdmRepJson(host, body);
                return true;
            }
            return false;
        }

        public SiteFiles build() {
            return new SiteFiles(robots, tdm);
        }
    }
}
