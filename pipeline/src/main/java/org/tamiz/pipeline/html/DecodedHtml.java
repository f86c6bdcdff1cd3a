package org.tamiz.pipeline.html;

/**
 * The result of {@link HtmlCharsetResolver}: the page as a string and how it was decoded.
 *
 * @param html          the decoded page, without a byte-order mark
 * @param charset       Java canonical name of the charset used
 * @param source        where the charset came from: {@code bom}, {@code http}, {@code meta}, {@code detected}
 * @param declared      the charset the HTTP header or {@code <meta>} declared (canonical name), null when none
 * @param declaredWrong true when {@code declared} was set and the bytes contradicted it
 */
public record DecodedHtml(String html, String charset, String source, String declared, boolean declaredWrong) {
    public static final String SOURCE_BOM = "bom";
    public static final String SOURCE_HTTP = "http";
    public static final String SOURCE_META = "meta";
    public static final String SOURCE_DETECTED = "detected";
}
