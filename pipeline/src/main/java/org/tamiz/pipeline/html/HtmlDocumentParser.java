package org.tamiz.pipeline.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns the raw bytes of an HTML page into its main text and metadata: charset resolution
 * ({@link HtmlCharsetResolver}), one jsoup parse, one walk of the DOM into text blocks ({@link PageWalker}),
 * main-content selection ({@link MainContentExtractor}).
 *
 * <p>Thread-safe and reusable: holds no per-page state. Build one per JVM (or per Spark partition) with
 * {@link #withDefaults()} and call {@link #parse} for every page.
 */
public final class HtmlDocumentParser {

    private static final HtmlDocumentParser DEFAULTS = new HtmlDocumentParser(new HtmlCharsetResolver(),
            new MainContentExtractor());

    private final HtmlCharsetResolver charsetResolver;
    private final MainContentExtractor extractor;

    private HtmlDocumentParser(HtmlCharsetResolver charsetResolver, MainContentExtractor extractor) {
        this.charsetResolver = charsetResolver;
        this.extractor = extractor;
    }

    public static HtmlDocumentParser withDefaults() {
        return DEFAULTS;
    }

    /**
     * Parses one page.
     *
     * @param body            the HTTP response body (already de-chunked and decompressed); null counts as empty
     * @param httpContentType the HTTP {@code Content-Type} header value, or null
     * @param url             the page URL (resolves relative links, hints the charset), or null
     */
    public ParsedHtml parse(byte[] body, String httpContentType, String url) {
        DecodedHtml decoded = charsetResolver.decode(body, httpContentType, url);
        return parseDecoded(decoded, url);
    }

    /** Parses a page that is already text (HTML found inside archives, JSON fields). */
    public ParsedHtml parse(String html, String url) {
        return parseDecoded(new DecodedHtml(html == null ? "" : html, "UTF-16", DecodedHtml.SOURCE_DETECTED, null,
                false), url);
    }

    private ParsedHtml parseDecoded(DecodedHtml decoded, String url) {
        String base = url == null ? "" : url;
        Document doc = Jsoup.parse(decoded.html(), base, Parser.htmlParser());
        PageWalker walker = new PageWalker(base);
        walker.walk(doc);

        String htmlLang = htmlLang(doc, walker.meta);
        MainContentExtractor.Result result = extractor.extract(walker.blocks, htmlLang);

        // The main region for links: the main container, or the <article> around it (licence notices and
        // bylines sit beside the article body, not in it).
        org.jsoup.nodes.Element mainRegion = result.container();
        for (org.jsoup.nodes.Element e = mainRegion; e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                mainRegion = e;
                break;
            }
        }
        List<LinkTag> links = new ArrayList<>(walker.links.size());
        for (PageWalker.PendingLink p : walker.links) {
            String region;
            if (p.inHead()) {
                region = LinkTag.REGION_HEAD;
            } else if (p.blockIndex() < result.kept().length && (result.kept()[p.blockIndex()]
                    || (mainRegion != null && walker.blocks.get(p.blockIndex()).boilerplate < 2
                        && MainContentExtractor.isInside(walker.blocks.get(p.blockIndex()).owner, mainRegion)))) {
                // in the main text, or in the main container's own lines (a licence notice under the article)
                region = LinkTag.REGION_MAIN;
            } else {
                region = LinkTag.REGION_BOILERPLATE;
            }
            links.add(new LinkTag(p.tag(), p.rel(), p.href(), p.text(), region));
        }
        return new ParsedHtml(result.text(), PageMetadata.title(walker), PageMetadata.author(walker),
                PageMetadata.date(walker), htmlLang, decoded.charset(), decoded.declaredWrong(), walker.meta, links,
                walker.jsonLd, result.fallbackUsed());
    }

    private static String htmlLang(Document doc, List<MetaTag> meta) {
        org.jsoup.nodes.Element html = doc.selectFirst("html");
        if (html != null) {
            String lang = html.attr("lang");
            if (lang.isBlank()) {
                lang = html.attr("xml:lang");
            }
            if (!lang.isBlank()) {
                return lang.trim();
            }
        }
        for (MetaTag m : meta) {
            if (m.name().equals("content-language") && !m.content().isBlank()) {
                String c = m.content();
                int comma = c.indexOf(',');
                return (comma > 0 ? c.substring(0, comma) : c).trim().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
