package org.tamiz.pipeline.html;

import java.util.List;

/**
 * Everything Tamiz keeps from one HTML page: its main text and the metadata the licence detector and the
 * dataset documentation need. The raw HTML itself is not kept.
 *
 * @param text                 main text: one line per paragraph, heading, list item or table row, a blank line
 *                             between blocks; empty (never null) when the page has no text
 * @param title                page title ({@code og:title}, else {@code <title>}, else the first {@code <h1>}); null when absent
 * @param author               author from meta tags, JSON-LD or a byline; null when absent
 * @param date                 publication date as written in the page (ISO-8601 where the page gives it so); null when absent
 * @param htmlLang             the {@code <html lang>} attribute (else {@code content-language}), as written; null when absent
 * @param charset              the charset the page was decoded with (Java canonical name, e.g. {@code UTF-8}, {@code windows-1251})
 * @param charsetDeclaredWrong true when the HTTP header or {@code <meta>} declared a charset that the bytes contradict
 * @param meta                 every {@code <meta>} element in document order
 * @param links                licence-relevant links, see {@link LinkTag}
 * @param jsonLd               raw bodies of {@code <script type="application/ld+json">}, each cut at 64 KB
 * @param fallbackUsed         true when the main-content pass found too little and a wider pass produced the text
 */
public record ParsedHtml(String text, String title, String author, String date, String htmlLang,
        String charset, boolean charsetDeclaredWrong, List<MetaTag> meta, List<LinkTag> links,
        List<String> jsonLd, boolean fallbackUsed) {

    public ParsedHtml {
        meta = List.copyOf(meta);
        links = List.copyOf(links);
        jsonLd = List.copyOf(jsonLd);
    }
}
