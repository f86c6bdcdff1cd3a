package org.tamiz.licenses;

import java.io.Serializable;

/**
 * One raw opt-out signal found for a document, kept apart from the decision.
 *
 * @param kind     {@code robots_txt}, {@code content_signal}, {@code content_usage}, {@code tdmrep}, {@code noai},
 *                 {@code noimageai}
 * @param origin   where it was read: {@code robots.txt}, {@code http_header}, {@code html_meta}, {@code tdmrep.json}
 * @param value    what it says, e.g. {@code GPTBot disallowed}, {@code ai-train=no}, {@code 1}
 * @param reserves whether this signal makes the document reserved under the configured policy
 * @param detail   why it does or does not count (agent group matched, superseded by a higher TDMRep level, ...)
 */
public record OptOutSignal(String kind, String origin, String value, boolean reserves, String detail)
        implements Serializable {
    public static final String ROBOTS_TXT = "robots_txt";
    public static final String CONTENT_SIGNAL = "content_signal";
    public static final String CONTENT_USAGE = "content_usage";
    public static final String TDMREP = "tdmrep";
    public static final String NOAI = "noai";
    public static final String NOIMAGEAI = "noimageai";
}
