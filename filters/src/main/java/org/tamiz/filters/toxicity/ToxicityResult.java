package org.tamiz.filters.toxicity;

import java.util.Map;

/**
 * The toxicity signals of one document.
 *
 * @param score          weighted harmful hits per token (see {@link ToxicityScorer}); 0 for clean text
 * @param hitsByCategory number of hits per harmful category id ({@code sexual}, {@code obscene},
 *                       {@code insult}, {@code hate}, {@code violence}); categories without hits are absent
 * @param reason         {@code null} when the document is kept, else {@code toxic_<category>} naming the
 *                       category with the largest weighted share
 */
public record ToxicityResult(double score, Map<String, Integer> hitsByCategory, String reason) {
    public ToxicityResult {
        hitsByCategory = Map.copyOf(hitsByCategory);
    }

    /** True when the score reached the language's threshold. */
    public boolean toxic() {
        return reason != null;
    }

    /** Total harmful hits, all categories. */
    public int totalHits() {
        int n = 0;
        for (int v : hitsByCategory.values()) {
            n += v;
        }
        return n;
    }
}
