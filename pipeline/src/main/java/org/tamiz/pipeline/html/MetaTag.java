package org.tamiz.pipeline.html;

/**
 * One {@code <meta>} element of a page.
 *
 * @param name    the lower-cased value of {@code name}, else {@code property}, else {@code http-equiv};
 *                {@code "charset"} for {@code <meta charset>}; empty when the element has none of these
 * @param content the {@code content} attribute (or the charset value), never null
 */
public record MetaTag(String name, String content) {}
