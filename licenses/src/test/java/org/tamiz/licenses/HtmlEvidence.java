package org.tamiz.licenses;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: builds a {@link DocumentEvidence} from raw HTML the way the pipeline's ingest does (one jsoup
 * parse; main content = {@code <main>} or {@code <article>}, else the body; links in header/nav/footer/aside
 * are boilerplate).
 */
final class HtmlEvidence {
    private HtmlEvidence() {
    }

    static DocumentEvidence of(String url, String html, Map<String, String> headers) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Element main = doc.selectFirst("main");
        if (main == null) {
            main = doc.selectFirst("article");
        }
        if (main == null) {
            main = doc.body();
        }
        List<DocumentEvidence.MetaTag> metas = new ArrayList<>();
        for (Element m : doc.select("meta")) {
            String name = !m.attr("name").isEmpty() ? m.attr("name")
                    : !m.attr("property").isEmpty() ? m.attr("property") : m.attr("http-equiv");
            if (!name.isEmpty()) {
                metas.add(new DocumentEvidence.MetaTag(name, m.attr("content")));
            }
        }
        List<DocumentEvidence.HtmlLink> links = new ArrayList<>();
        for (Element a : doc.select("link[rel], a[href]")) {
            String href = a.attr("href");
            boolean licenceLike = href.contains("creativecommons.org") || href.contains("/licenses/")
                    || href.contains("/licence");
            if (a.tagName().equals("a") && a.attr("rel").isEmpty() && !licenceLike) {
                continue;
            }
            String region;
            if (a.closest("head") != null) {
                region = DocumentEvidence.HtmlLink.HEAD;
            } else if (a.closest("header, nav, footer, aside") != null || !isInside(a, main)) {
                region = DocumentEvidence.HtmlLink.BOILERPLATE;
            } else {
                region = DocumentEvidence.HtmlLink.MAIN;
            }
            links.add(new DocumentEvidence.HtmlLink(a.tagName(), a.attr("rel"), href, a.text(), region));
        }
        List<String> jsonLd = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            jsonLd.add(s.data());
        }
        return new DocumentEvidence(url, main.wholeText().replaceAll("[ \\t]+", " "), "test", headers, metas, links,
                jsonLd, null);
    }

    static DocumentEvidence of(String url, String html) {
        return of(url, html, Map.of());
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
