package org.tamiz.pipeline.dedup;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form two fetches of one page share. crawler-commons' {@link BasicURLNormalizer} does the
 * standard part (scheme and host lower-cased, default port and fragment removed, path dot-segments and
 * percent-encoding normalised, query parameters sorted); on top, tracking parameters are removed: the
 * {@code utm_*} family by prefix (which BasicURLNormalizer cannot express) and the click ids below by name.
 * Thread-safe (BasicURLNormalizer is stateless after construction).
 */
public final class UrlCanonicalizer {
  /**
   * Click and campaign ids added by ad and mail platforms (Google gclid/dclid/gbraid/wbraid, Facebook fbclid,
   * Microsoft msclkid, Yandex yclid, Mailchimp mc_cid/mc_eid, HubSpot _hsenc/_hsmi, Instagram igshid,
   * Twitter twclid, TikTok ttclid, Marketo mkt_tok) — none of them selects content.
   */
  static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "yclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "twclid", "ttclid", "mkt_tok");
  static final String TRACKING_PREFIX = "utm_";

  private static final UrlCanonicalizer INSTANCE = new UrlCanonicalizer();

  private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
      .queryParamsToRemove(TRACKING_PARAMETERS).build();

  public static UrlCanonicalizer get() {
    return INSTANCE;
  }

  /** The canonical URL, or null for a missing or unparsable URL (such documents take no part in URL dedup). */
  public String canonical(String url) {
    if (url == null || url.isBlank()) return null;
    String n;
    try {
      n = normalizer.filter(url.trim());
    } catch (RuntimeException e) {
      return null;
    }
    if (n == null) return null;
    int q = n.indexOf('?');
    if (q < 0) return n;
    List<String> kept = new ArrayList<>();
    for (String p : n.substring(q + 1).split("&")) {
      if (p.isEmpty()) continue;
      int eq = p.indexOf('=');
      String name = (eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith(TRACKING_PREFIX) || TRACKING_PARAMETERS.contains(name)) continue;
      kept.add(p);
    }
    return kept.isEmpty() ? n.substring(0, q) : n.substring(0, q + 1) + String.join("&", kept);
  }
}
