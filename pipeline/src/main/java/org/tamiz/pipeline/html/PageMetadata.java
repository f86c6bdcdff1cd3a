package org.tamiz.pipeline.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, author and date from what {@link PageWalker} collected: meta tags first (Open Graph, Dublin Core,
 * {@code article:*}, {@code itemprop}), then JSON-LD, then the page itself ({@code <title>}, first
 * {@code <h1>}, a byline element, the first {@code <time datetime>}).
 */
final class PageMetadata {

    private PageMetadata() {}

    private static final String[] TITLE_META = {"og:title", "twitter:title", "dc.title", "dcterms.title"};
    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "citation_author", "parsely-author", "sailthru.author", "byl", "twitter:creator"};
    private static final String[] DATE_META = {"article:published_time", "datepublished", "date", "dc.date",
            "dcterms.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date",
            "pubdate", "publishdate", "publish_date", "parsely-pub-date", "sailthru.date", "og:published_time",
            "article:modified_time", "og:updated_time", "datemodified", "last-modified"};

    // Applied to JSON-LD bodies only (each at most 64 KB), never to the page.
    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern JSON_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{1,100})\"|\"([^\"]{1,100})\")");

    static String title(PageWalker w) {
        String t = metaValue(w, TITLE_META);
        if (t == null && w.titleTag != null && !w.titleTag.isBlank()) {
            t = w.titleTag.trim();
        }
        if (t == null && w.firstH1 != null && !w.firstH1.isBlank()) {
            t = w.firstH1.trim();
        }
        return t;
    }

    static String author(PageWalker w) {
        String a = metaValue(w, AUTHOR_META);
        if (a != null && (a.startsWith("http://") || a.startsWith("https://"))) {
            a = null; // article:author is often a profile URL
        }
        if (a == null) {
            for (String j : w.jsonLd) {
                Matcher m = JSON_AUTHOR.matcher(j);
                if (m.find()) {
                    a = m.group(1) != null ? m.group(1) : m.group(2);
                    break;
                }
            }
        }
        if (a == null && w.byline != null) {
            a = stripBylinePrefix(w.byline);
        }
        return a == null || a.isBlank() ? null : a.trim();
    }

    static String date(PageWalker w) {
        String d = metaValue(w, DATE_META);
        if (d == null) {
            for (String j : w.jsonLd) {
                Matcher m = JSON_DATE.matcher(j);
                if (m.find()) {
                    d = m.group(1);
                    break;
                }
            }
        }
        if (d == null) {
            d = w.timeDatetime;
        }
        return d == null || d.isBlank() ? null : d.trim();
    }

    private static String metaValue(PageWalker w, String[] names) {
        for (String name : names) {
            for (MetaTag m : w.meta) {
                if (m.name().equals(name) && !m.content().isBlank()) {
                    return m.content().trim();
                }
            }
        }
        return null;
    }

    private static String stripBylinePrefix(String byline) {
        String b = byline.trim();
        String lower = b.toLowerCase(java.util.Locale.ROOT);
        for (String prefix : new String[] {"by ", "von ", "par ", "por ", "di ", "door ", "av ", "af "}) {
            if (lower.startsWith(prefix)) {
                return b.substring(prefix.length()).trim();
            }
        }
        return b;
    }
}
