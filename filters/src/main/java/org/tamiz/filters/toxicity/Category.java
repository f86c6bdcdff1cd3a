package org.tamiz.filters.toxicity;

import java.util.Locale;

/**
 * Lexicon categories. The first five are harmful and add to the score; {@link #IDENTITY} (names of groups)
 * and {@link #TARGET} (second-person words) never score by themselves: they are the targets that make a
 * context-dependent term ({@code ctx} flag, e.g. "hate", "vermin", "kill") count.
 */
public enum Category {
    SEXUAL, OBSCENE, INSULT, HATE, VIOLENCE, IDENTITY, TARGET,
    /** An innocent phrase that contains a lexicon word ("cul-de-sac"): matched, so it wins, and ignored. */
    SAFE;

    /** The name used in lexicon files, result maps and reason codes ({@code toxic_hate}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean harmful() {
        return this != IDENTITY && this != TARGET && this != SAFE;
    }

    static Category parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "sexual/obscene": case "porn": return SEXUAL;
            case "profanity": case "swear": return OBSCENE;
            case "hate/slur": case "slur": return HATE;
            case "violence/threat": case "threat": return VIOLENCE;
            case "group": return IDENTITY;
            default: return Category.valueOf(k.toUpperCase(Locale.ROOT));
        }
    }
}
