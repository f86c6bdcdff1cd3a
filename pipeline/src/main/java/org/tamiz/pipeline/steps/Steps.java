package org.tamiz.pipeline.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The stages `--stages` can name, in the order they run. */
public final class Steps {
  private Steps() {}

  /**
   * Run order: language first (every later rule is per language), then opt-outs (no point filtering text we
   * may not use), quality, harmful content, personal data, and dedup last, over what survived.
   */
  public static final List<String> ALL = List.of("langid", "licenses", "quality", "toxicity", "pii", "dedup");

  /**
   * Parses --stages values (comma lists, "all", "none") into run order; unknown names are an error. No value at
   * all means every stage (the CLI default); an already-resolved empty list would be "none", so callers that
   * hold a resolved list use {@link #ordered} instead.
   */
  public static List<String> resolve(List<String> requested) {
    if (requested == null || requested.isEmpty()) return ALL;
    return ordered(requested);
  }

  /** Stage names (comma lists, "all", "none" allowed) in run order; an empty list is no stage. */
  public static List<String> ordered(List<String> requested) {
    List<String> names = new ArrayList<>();
    for (String r : requested) {
      for (String s : r.split(",")) {
        String n = s.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) continue;
        if (n.equals("all")) names.addAll(ALL);
        else if (n.equals("none")) continue;
        else if (ALL.contains(n)) names.add(n);
        else throw new IllegalArgumentException("unknown stage '" + s.trim() + "' (stages: " + String.join(",", ALL) + ", all, none)");
      }
    }
    List<String> ordered = new ArrayList<>();
    for (String s : ALL) if (names.contains(s)) ordered.add(s);
    return ordered;
  }

  /** The steps for stage names from {@link #resolve}. */
  public static List<Step> forNames(List<String> names) {
    List<Step> steps = new ArrayList<>();
    for (String n : names) {
      switch (n) {
        case "langid":
          steps.add(new LangidStep());
          break;
        case "licenses":
          steps.add(new LicensesStep());
          break;
        case "quality":
          steps.add(new QualityStep());
          break;
        case "toxicity":
          steps.add(new ToxicityStep());
          break;
        case "pii":
          steps.add(new PiiStep());
          break;
        case "dedup":
          steps.add(new org.tamiz.pipeline.dedup.DedupStep());
          break;
        default:
          throw new IllegalArgumentException("unknown stage '" + n + "'");
      }
    }
    return steps;
  }
}
