package org.tamiz.licenses;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the pipeline keeps about one document that licence and opt-out detection may look at. The HTML is
 * parsed once during ingest; this record carries only the parts that matter here, so detection never re-parses.
 *
 * @param url             the document's URL, or null
 * @param text            the extracted main text (never the boilerplate), or null
 * @param source          the input file path or a configured source name (per-source declarations key on it)
 * @param httpHeaders     lower-cased header names to values; repeated headers joined with ", "
 * @param htmlMeta        every {@code <meta>} as (lower-cased name/property/http-equiv, content)
 * @param htmlLinks       every {@code <link rel>}, and every {@code <a>} with a rel or a licence-like href
 * @param htmlJsonLd      raw bodies of {@code <script type="application/ld+json">}
 * @param metadataLicense the input's own licence field (e.g. JSONL {@code license}), or null
 */
public record DocumentEvidence(String url, String text, String source, Map<String, String> httpHeaders,
                               List<MetaTag> htmlMeta, List<HtmlLink> htmlLinks, List<String> htmlJsonLd,
                               String metadataLicense) implements Serializable {

    /** One {@code <meta>}: name is the lower-cased {@code name}, {@code property} or {@code http-equiv}. */
    public record MetaTag(String name, String content) implements Serializable {
        public MetaTag {
            name = name == null ? "" : name.toLowerCase(Locale.ROOT).trim();
            content = content == null ? "" : content;
        }
    }

    /**
     * One link. {@code tag} is "link" or "a"; {@code region} is {@link #HEAD}, {@link #MAIN} (inside the extracted
     * main content) or {@link #BOILERPLATE} (navigation, footer, sidebar).
     */
    public record HtmlLink(String tag, String rel, String href, String text, String region) implements Serializable {
        public static final String HEAD = "head";
        public static final String MAIN = "main";
        public static final String BOILERPLATE = "boilerplate";

        public HtmlLink {
            tag = tag == null ? "a" : tag.toLowerCase(Locale.ROOT);
            rel = rel == null ? "" : rel.toLowerCase(Locale.ROOT).trim();
            href = href == null ? "" : href.trim();
            text = text == null ? "" : text;
            region = region == null ? BOILERPLATE : region.toLowerCase(Locale.ROOT);
        }

        /** True when the rel attribute holds the token "license" (rel is a space-separated token list). */
        public boolean isRelLicense() {
            for (String token : rel.split("\\s+")) {
                if (token.equals("license") || token.equals("licence") || token.equals("cc:license")
                        || token.equals("dc:rights") || token.equals("dcterms:license")) {
                    return true;
                }
            }
            return false;
        }
    }

    public DocumentEvidence {
        httpHeaders = httpHeaders == null ? Map.of() : Map.copyOf(lowerCaseKeys(httpHeaders));
        htmlMeta = htmlMeta == null ? List.of() : List.copyOf(htmlMeta);
        htmlLinks = htmlLinks == null ? List.of() : List.copyOf(htmlLinks);
        htmlJsonLd = htmlJsonLd == null ? List.of() : List.copyOf(htmlJsonLd);
    }

    /** A document known only by URL and text (e.g. a JSONL or WET record). */
    public static DocumentEvidence ofText(String url, String text, String source) {
        return new DocumentEvidence(url, text, source, null, null, null, null, null);
    }

    public String header(String lowerCaseName) {
        return httpHeaders.get(lowerCaseName);
    }

    /** The lower-cased host of {@link #url()}, or null when there is none. */
    public String host() {
        return UrlHosts.hostOf(url);
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> headers) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        headers.forEach((k, v) -> {
            if (k != null && v != null) {
                out.merge(k.toLowerCase(Locale.ROOT).trim(), v, (a, b) -> a + ", " + b);
            }
        });
        return out;
    }
}
