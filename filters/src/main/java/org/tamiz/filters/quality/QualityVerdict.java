package org.tamiz.filters.quality;

import java.util.List;
import java.util.Map;

/**
 * What the quality step says about one document.
 *
 * @param text                the text after normalisation and, where C4's rules run, C4's line cleaning
 * @param signals             every signal, by stable snake_case name (see README), computed whether or not a rule fires
 * @param reason              null when the document is kept, else the reason code of the first rule that drops it,
 *                            in the language's recipe order
 * @param allReasons          every rule that would drop it, in the fixed order of {@link QualityAnnotator#REASON_ORDER}
 * @param normalisationCounts edits made by the normaliser: {@code nfc, mojibake, control_chars, whitespace}
 */
public record QualityVerdict(String text, Map<String, Double> signals, String reason, List<String> allReasons,
                             Map<String, Integer> normalisationCounts) {
    public QualityVerdict {
        // insertion-ordered copies: signals iterate in Signals.NAMES order, deterministically
        signals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signals));
        allReasons = List.copyOf(allReasons);
        normalisationCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(normalisationCounts));
    }

    public boolean kept() {
        return reason == null;
    }
}
