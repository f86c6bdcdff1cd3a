package org.tamiz.licenses;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Configuration of opt-out detection. Build it from the {@code optout:} section of the run's YAML with
 * {@link #fromMap(java.util.Map)}; every key is optional:
 * <pre>
 * optout:
 *   agents: [GPTBot, ClaudeBot, ...]   # default: the rows marked y in ai-agents.tsv (REFERENCE.md §5)
 *   robots_wildcard: true              # RFC 9309: an agent without its own group follows "User-agent: *"
 *   signals: [robots_txt, content_signal, content_usage, tdmrep, noai]   # kinds that can reserve (default: all five)
 *   content_signal_keys: [ai-train]    # Content-Signal keys whose "no" reserves
 *   content_usage_keys: [train-ai, train-genai]   # AIPREF Content-Usage keys whose "n" reserves
 *   noimageai_reserves_text: false     # noimageai speaks of images; by default it is recorded but does not reserve
 *   policy_version: tamiz-optout-1
 * </pre>
 */
public record OptOutConfig(List<String> agents, boolean robotsWildcard, Set<String> reservingSignals,
                           Set<String> contentSignalKeys, Set<String> contentUsageKeys,
                           boolean noImageAiReservesText, String policyVersion) implements Serializable {
    public static final List<String> ALL_SIGNALS = List.of(OptOutSignal.ROBOTS_TXT, OptOutSignal.CONTENT_SIGNAL,
            OptOutSignal.CONTENT_USAGE, OptOutSignal.TDMREP, OptOutSignal.NOAI);
    /** Cloudflare Content Signals Policy: "ai-train" = training or fine-tuning AI models. */
    public static final List<String> DEFAULT_CONTENT_SIGNAL_KEYS = List.of("ai-train");
    /** IETF AIPREF vocabulary: "train-ai" (draft-ietf-aipref-vocab), "train-genai" (earlier drafts). */
    public static final List<String> DEFAULT_CONTENT_USAGE_KEYS = List.of("train-ai", "train-genai");
    public static final String DEFAULT_POLICY_VERSION = "tamiz-optout-1";

    public OptOutConfig {
        agents = List.copyOf(agents == null ? defaultAgents() : agents);
        reservingSignals = Set.copyOf(reservingSignals == null ? ALL_SIGNALS : reservingSignals);
        for (String s : reservingSignals) {
            if (!ALL_SIGNALS.contains(s) && !s.equals(OptOutSignal.NOIMAGEAI)) {
                throw new IllegalArgumentException("unknown opt-out signal '" + s + "'; use " + ALL_SIGNALS);
            }
        }
        contentSignalKeys = Set.copyOf(contentSignalKeys == null ? DEFAULT_CONTENT_SIGNAL_KEYS : contentSignalKeys);
        contentUsageKeys = Set.copyOf(contentUsageKeys == null ? DEFAULT_CONTENT_USAGE_KEYS : contentUsageKeys);
        policyVersion = policyVersion == null ? DEFAULT_POLICY_VERSION : policyVersion;
    }

    public static OptOutConfig defaults() {
        return new OptOutConfig(null, true, null, null, null, false, null);
    }

    public static OptOutConfig fromMap(java.util.Map<String, Object> m) {
        return new OptOutConfig(ConfigMaps.stringList(m, "agents", defaultAgents()),
                ConfigMaps.bool(m, "robots_wildcard", true),
                Set.copyOf(ConfigMaps.stringList(m, "signals", ALL_SIGNALS)),
                Set.copyOf(ConfigMaps.stringList(m, "content_signal_keys", DEFAULT_CONTENT_SIGNAL_KEYS)),
                Set.copyOf(ConfigMaps.stringList(m, "content_usage_keys", DEFAULT_CONTENT_USAGE_KEYS)),
                ConfigMaps.bool(m, "noimageai_reserves_text", false),
                m == null || m.get("policy_version") == null ? null : String.valueOf(m.get("policy_version")));
    }

    /** The agents marked "y" in {@code ai-agents.tsv}. */
    public static List<String> defaultAgents() {
        List<String> out = new ArrayList<>();
        for (String[] row : LicenseNames.readTable("ai-agents.tsv", 2)) {
            if (row[1].equals("y")) {
                out.add(row[0]);
            }
        }
        return out;
    }

    /** Every agent listed in {@code ai-agents.tsv}, default or not. */
    public static List<String> knownAgents() {
        List<String> out = new ArrayList<>();
        for (String[] row : LicenseNames.readTable("ai-agents.tsv", 2)) {
            out.add(row[0]);
        }
        return out;
    }
}
