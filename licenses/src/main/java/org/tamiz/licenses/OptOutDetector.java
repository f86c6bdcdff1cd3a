package org.tamiz.licenses;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds every machine-readable text-and-data-mining reservation for a document and decides {@code tdm_reserved}.
 * Raw signals are kept in {@link OptOutResult#signals()}, each saying whether it counted.
 * <ul>
 *   <li>robots.txt, per AI agent, through crawler-commons' RFC 9309 parser, one agent at a time; an agent without
 *       a group of its own follows {@code User-agent: *} unless {@code robots_wildcard: false};
 *   <li>robots.txt {@code Content-Signal} (Cloudflare) and {@code Content-Usage} (IETF AIPREF) lines in a group
 *       for {@code *}, for a configured agent, or before any group; and the same two as HTTP headers;
 *   <li>W3C TDMRep: {@code /.well-known/tdmrep.json} (first matching rule), then the {@code tdm-reservation} /
 *       {@code tdm-policy} headers, then {@code <meta name="tdm-reservation">}: each level supersedes the one
 *       before, and an absent or invalid value never resets (TDMRep "Processing priority");
 *   <li>{@code noai} / {@code noimageai} in {@code X-Robots-Tag} and in {@code <meta name="robots">} (or a meta
 *       named after a configured agent).
 * </ul>
 * Thread-safe: parsed robots.txt rules are cached per host.
 */
public final class OptOutDetector {
    private static final int MAX_CACHED_HOSTS = 50_000;

    private record HostPolicy(Map<String, BaseRobotRules> rulesByAgent, List<RobotsPreferences.Line> preferences) {
    }

    private final OptOutConfig config;
    private final SiteFiles files;
    private final Set<String> agentsLower;
    private final Map<String, HostPolicy> robotsCache = new ConcurrentHashMap<>();
    private final Map<String, TdmRepFile> tdmCache = new ConcurrentHashMap<>();

    private OptOutDetector(OptOutConfig config, SiteFiles files) {
        this.config = config;
        this.files = files;
        this.agentsLower = config.agents().stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public static OptOutDetector fromConfig(OptOutConfig config, SiteFiles files) {
        return new OptOutDetector(config == null ? OptOutConfig.defaults() : config,
                files == null ? SiteFiles.empty() : files);
    }

    public OptOutConfig config() {
        return config;
    }

    public OptOutResult detect(DocumentEvidence d) {
        List<OptOutSignal> signals = new ArrayList<>();
        List<String> disallowed = new ArrayList<>();
        robots(d, signals, disallowed);
        headerPreferences(d, signals);
        String policy = tdmRep(d, signals);
        noAi(d, signals);
        boolean reserved = false;
        for (OptOutSignal s : signals) {
            reserved |= s.reserves();
        }
        return new OptOutResult(reserved, signals, disallowed, reserved ? policy : null, config.policyVersion());
    }

    // ---- robots.txt ----------------------------------------------------------------------------------------

    private void robots(DocumentEvidence d, List<OptOutSignal> signals, List<String> disallowed) {
        String host = d.host();
        if (host == null) {
            return;
        }
        Optional<String> robotsTxt = files.robotsTxt(host);
        if (robotsTxt.isEmpty()) {
            return;
        }
        HostPolicy policy = robotsCache.get(host);
        if (policy == null) {
            if (robotsCache.size() > MAX_CACHED_HOSTS) {
                robotsCache.clear();
            }
            policy = parseRobots(d.url(), robotsTxt.get());
            robotsCache.put(host, policy);
        }
        boolean counts = config.reservingSignals().contains(OptOutSignal.ROBOTS_TXT);
        String matchUrl = UrlHosts.encodeForMatching(d.url());
        for (String agent : config.agents()) {
            BaseRobotRules rules = policy.rulesByAgent().get(agent);
            if (rules == null || rules.isAllowed(matchUrl)) {
                continue;
            }
            boolean wildcard = rules.isMatchedWildcard();
            boolean reserves = counts && (!wildcard || config.robotsWildcard());
            disallowed.add(agent);
            signals.add(new OptOutSignal(OptOutSignal.ROBOTS_TXT, "robots.txt", agent + " disallowed", reserves,
                    wildcard ? "by the User-agent: * group (no group for " + agent + ")"
                            : "by a group naming " + agent));
        }
        String path = UrlHosts.pathAndQuery(d.url());
        for (RobotsPreferences.Line line : policy.preferences()) {
            boolean applies = line.agents().isEmpty() || line.agents().contains("*")
                    || line.agents().stream().anyMatch(agentsLower::contains);
            if (!applies || (line.path() != null && !PathPattern.matches(line.path(), path))) {
                continue;
            }
            preferenceSignals(line.directive(), "robots.txt", line.pairs(), line.raw(), signals);
        }
    }

    private HostPolicy parseRobots(String url, String robotsTxt) {
        String robotsUrl = url.substring(0, url.indexOf("://") + 3) + UrlHosts.hostOf(url) + "/robots.txt";
        byte[] bytes = robotsTxt.getBytes(StandardCharsets.UTF_8);
        Map<String, BaseRobotRules> byAgent = new java.util.HashMap<>();
        for (String agent : config.agents()) {
            // One agent at a time, so we learn which agent is blocked (a parser given several names merges them).
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            byAgent.put(agent, parser.parseContent(robotsUrl, bytes, "text/plain",
                    List.of(agent.toLowerCase(Locale.ROOT))));
        }
        return new HostPolicy(Map.copyOf(byAgent), RobotsPreferences.parse(robotsTxt));
    }

    // ---- Content-Signal / Content-Usage headers ------------------------------------------------------------

    private void headerPreferences(DocumentEvidence d, List<OptOutSignal> signals) {
        String cs = d.header("content-signal");
        if (cs != null) {
            preferenceSignals("content-signal", "http_header", RobotsPreferences.pairs(cs), "Content-Signal: " + cs,
                    signals);
        }
        String cu = d.header("content-usage");
        if (cu != null) {
            preferenceSignals("content-usage", "http_header", RobotsPreferences.pairs(cu), "Content-Usage: " + cu,
                    signals);
        }
    }

    private void preferenceSignals(String directive, String origin, Map<String, String> pairs, String raw,
                                   List<OptOutSignal> signals) {
        boolean signal = directive.equals("content-signal");
        String kind = signal ? OptOutSignal.CONTENT_SIGNAL : OptOutSignal.CONTENT_USAGE;
        Set<String> keys = signal ? config.contentSignalKeys() : config.contentUsageKeys();
        boolean counts = config.reservingSignals().contains(kind);
        boolean any = false;
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            if (keys.contains(e.getKey()) && RobotsPreferences.isNo(e.getValue())) {
                signals.add(new OptOutSignal(kind, origin, e.getKey() + "=" + e.getValue(), counts, raw));
                any = true;
            }
        }
        if (!any) {
            signals.add(new OptOutSignal(kind, origin, pairs.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")), false,
                    raw + " (no training reservation)"));
        }
    }

    // ---- TDMRep --------------------------------------------------------------------------------------------

    /** Applies the TDMRep levels in order file → header → meta; returns the policy in force (or null). */
    private String tdmRep(DocumentEvidence d, List<OptOutSignal> signals) {
        record Level(String origin, Integer reservation, String policy, String raw) {
        }
        List<Level> levels = new ArrayList<>();
        String host = d.host();
        if (host != null) {
            Optional<String> json = files.tdmRepJson(host);
            if (json.isPresent()) {
                TdmRepFile file = tdmCache.computeIfAbsent(host, h -> TdmRepFile.parse(json.get()));
                file.ruleFor(d.url()).ifPresent(r -> levels.add(new Level("tdmrep.json", r.reservation(), r.policy(),
                        "location " + r.location())));
            }
        }
        String hr = d.header("tdm-reservation");
        String hp = d.header("tdm-policy");
        if (hr != null || hp != null) {
            levels.add(new Level("http_header", reservation(hr), hp, "tdm-reservation: " + hr));
        }
        String mr = null;
        String mp = null;
        for (DocumentEvidence.MetaTag m : d.htmlMeta()) {
            if (m.name().equals("tdm-reservation") || m.name().equals("tdm:reservation")) {
                mr = m.content();
            } else if (m.name().equals("tdm-policy") || m.name().equals("tdm:policy")) {
                mp = m.content();
            }
        }
        if (mr != null || mp != null) {
            levels.add(new Level("html_meta", reservation(mr), mp, "<meta name=\"tdm-reservation\" content=\"" + mr
                    + "\">"));
        }
        Integer value = null;
        String policy = null;
        int decidingLevel = -1;
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l.reservation() != null) {
                value = l.reservation();
                decidingLevel = i;
            }
            if (l.policy() != null && !l.policy().isBlank()) {
                policy = l.policy().trim();
            }
        }
        boolean counts = config.reservingSignals().contains(OptOutSignal.TDMREP);
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            String detail;
            if (l.reservation() == null) {
                detail = "tdm-reservation unset or invalid (only 0 and 1 are valid): ignored";
            } else if (i == decidingLevel) {
                detail = "in force (" + l.raw() + ")";
            } else {
                detail = "superseded by " + levels.get(decidingLevel).origin() + " (" + l.raw() + ")";
            }
            signals.add(new OptOutSignal(OptOutSignal.TDMREP, l.origin(),
                    l.reservation() == null ? "unset" : String.valueOf(l.reservation()),
                    counts && i == decidingLevel && value != null && value == 1, detail));
        }
        return value != null && value == 1 ? policy : null;
    }

    private static Integer reservation(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        return v.equals("1") ? Integer.valueOf(1) : v.equals("0") ? Integer.valueOf(0) : null;
    }

    // ---- noai / noimageai ----------------------------------------------------------------------------------

    private void noAi(DocumentEvidence d, List<OptOutSignal> signals) {
        String xrt = d.header("x-robots-tag");
        if (xrt != null) {
            directives(xrt, "http_header", "X-Robots-Tag: " + xrt, signals);
        }
        for (DocumentEvidence.MetaTag m : d.htmlMeta()) {
            if (m.name().equals("robots") || agentsLower.contains(m.name())) {
                directives(m.content(), "html_meta", "<meta name=\"" + m.name() + "\" content=\"" + m.content()
                        + "\">", signals);
            }
        }
    }

    private void directives(String value, String origin, String raw, List<OptOutSignal> signals) {
        for (String part : value.split("[,\\s]+")) {
            String token = part.trim().toLowerCase(Locale.ROOT);
            int colon = token.lastIndexOf(':');
            if (colon >= 0) {
                token = token.substring(colon + 1);   // "otherbot: noai" — the directive is after the agent
            }
            if (token.equals("noai")) {
                signals.add(new OptOutSignal(OptOutSignal.NOAI, origin, "noai",
                        config.reservingSignals().contains(OptOutSignal.NOAI), raw));
            } else if (token.equals("noimageai")) {
                boolean reserves = config.noImageAiReservesText()
                        || config.reservingSignals().contains(OptOutSignal.NOIMAGEAI);
                signals.add(new OptOutSignal(OptOutSignal.NOIMAGEAI, origin, "noimageai", reserves,
                        reserves ? raw : raw + " (images only: does not reserve text)"));
            }
        }
    }
}
