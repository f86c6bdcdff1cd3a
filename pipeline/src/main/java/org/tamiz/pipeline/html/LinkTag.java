package org.tamiz.pipeline.html;

/**
 * A {@code <link rel>} element, or an {@code <a>} element that has a {@code rel} attribute or points to a
 * licence (creativecommons.org, a {@code /licenses/} or {@code /licence/} path, ...).
 *
 * @param tag    {@code "link"} or {@code "a"}
 * @param rel    the lower-cased {@code rel} attribute, empty when absent
 * @param href   the {@code href} attribute resolved against the page URL when one was given, else as written
 * @param text   the element's visible text (empty for {@code <link>})
 * @param region {@code "head"} for elements in {@code <head>}, {@code "main"} when the element lies inside the
 *               extracted main text, {@code "boilerplate"} otherwise (navigation, footer, sidebar ...)
 */
public record LinkTag(String tag, String rel, String href, String text, String region) {
    public static final String REGION_HEAD = "head";
    public static final String REGION_MAIN = "main";
    public static final String REGION_BOILERPLATE = "boilerplate";
}
