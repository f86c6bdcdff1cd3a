package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDocumentParserTest {

    private final HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();

    /** A WordPress-style news post: site header, menu, article, share bar, related posts, comments, footer. */
    static final String NEWS_POST = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8">
            <title>Council approves new cycle lanes | Riverside Gazette</title>
            <meta name="author" content="Jane Whitfield">
            <meta property="article:published_time" content="2024-05-14T09:30:00+01:00">
            <meta name="dcterms.license" content="https://creativecommons.org/licenses/by/4.0/">
            <link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves new cycle lanes"}</script>
            <style>.x{color:red}</style></head>
            <body class="post-template-default single has-sidebar">
            <header class="site-header"><a href="/">Riverside Gazette</a>
              <nav class="main-navigation"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
              <li><a href="/weather">Weather</a></li></ul></nav></header>
            <div id="cookie-notice">We use cookies to improve your experience. Accept all cookies?</div>
            <main id="main"><article class="post">
              <h1 class="entry-title">Council approves new cycle lanes</h1>
              <div class="entry-meta">By <a href="/author/jane" rel="author">Jane Whitfield</a> · 14 May 2024</div>
              <div class="entry-content">
                <p>The city council voted on Tuesday evening to build four kilometres of protected cycle lanes along
                the river, after a two-year consultation in which more than three thousand residents took part.</p>
                <p>Supporters said the lanes would make the daily commute safer for children and older riders, while
                several shop owners on Mill Street worried that the loss of parking spaces would keep customers away.</p>
                <h2>What happens next</h2>
                <p>Work on the first section, between the railway bridge and the market square, is expected to start
                in September and to last about five months, according to the council's transport office.</p>
                <ul><li>Phase one: railway bridge to market square</li><li>Phase two: market square to the university</li></ul>
                <p>The scheme is paid for by a regional grant and will not raise local taxes, the council said.</p>
              </div>
              <div class="share-buttons"><a href="https://twitter.com/share">Share on Twitter</a> <a href="https://facebook.com/sharer">Share on Facebook</a></div>
              <p>This article is published under a <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> licence.</p>
            </article>
            <section class="related-posts"><h3>Related stories</h3><ul>
              <li><a href="/a">Bus fares to rise in June</a></li><li><a href="/b">New bridge opens to traffic after three years of delays</a></li></ul></section>
            <div id="comments" class="comments-area"><h3>2 comments</h3>
              <div class="comment-content"><p>Finally! I have been waiting for this for years, and my kids will be able to ride to school safely now.</p></div>
              <div class="comment-content"><p>What about the parking? Nobody on Mill Street was asked what they think about losing the spaces.</p></div>
            </div></main>
            <aside class="sidebar"><h3>Most read</h3><p>Sign up to our newsletter and get the news every morning in your inbox.</p></aside>
            <footer class="site-footer"><p>© 2024 Riverside Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
            </body></html>
            """;

    @Test
    void newsPostKeepsTheArticleAndDropsTemplateText() {
        ParsedHtml p = parser.parse(NEWS_POST.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                "https://gazette.example/2024/05/cycle-lanes");
        String t = p.text();
        assertTrue(t.contains("The city council voted on Tuesday evening to build four kilometres of protected cycle lanes"
                + " along the river, after a two-year consultation"), t);
        assertTrue(t.contains("several shop owners on Mill Street worried"), t);
        assertTrue(t.contains("What happens next"), t);
        assertTrue(t.contains("The scheme is paid for by a regional grant"), t);
        assertTrue(t.contains("Phase one: railway bridge to market square\nPhase two: market square to the university"), t);
        for (String boilerplate : List.of("Riverside Gazette", "Weather", "cookies", "Share on Twitter",
                "Bus fares to rise", "I have been waiting for this", "Sign up to our newsletter", "All rights reserved",
                "Privacy policy", "color:red")) {
            assertFalse(t.contains(boilerplate), boilerplate + " leaked into:\n" + t);
        }
        assertFalse(p.fallbackUsed());
        // blocks are separated by a blank line, list items by a single newline
        assertTrue(t.contains("regional grant and will not raise local taxes, the council said."), t);
        assertTrue(t.contains("river, after a two-year consultation in which more than three thousand residents took part."
                + "\n\nSupporters said"), t);
    }

    @Test
    void newsPostMetadata() {
        ParsedHtml p = parser.parse(NEWS_POST.getBytes(StandardCharsets.UTF_8), null, "https://gazette.example/2024/05/cycle-lanes");
        assertEquals("Council approves new cycle lanes | Riverside Gazette", p.title());
        assertEquals("Jane Whitfield", p.author());
        assertEquals("2024-05-14T09:30:00+01:00", p.date());
        assertEquals("en-GB", p.htmlLang());
        assertEquals("UTF-8", p.charset());
        assertFalse(p.charsetDeclaredWrong());
        assertTrue(p.meta().contains(new MetaTag("charset", "utf-8")));
        assertTrue(p.meta().contains(new MetaTag("dcterms.license", "https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(p.meta().contains(new MetaTag("article:published_time", "2024-05-14T09:30:00+01:00")));
        assertEquals(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"Council approves new cycle lanes\"}"), p.jsonLd());
        assertTrue(p.links().contains(new LinkTag("link", "license", "https://creativecommons.org/licenses/by/4.0/", "", "head")));
        assertTrue(p.links().contains(new LinkTag("a", "license", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0", "main")),
                p.links().toString());
        assertTrue(p.links().contains(new LinkTag("a", "author", "https://gazette.example/author/jane", "Jane Whitfield", "main")),
                p.links().toString());
    }

    @Test
    void emptyAndNullBodiesGiveEmptyText() {
        ParsedHtml p = parser.parse(null, null, null);
        assertEquals("", p.text());
        assertNull(p.title());
        ParsedHtml q = parser.parse(new byte[0], "text/html", "http://x.example/");
        assertEquals("", q.text());
    }

    @Test
    void sharedCreativeCommonsMissionPage() throws IOException {
        Path warc = SharedData.warc("dolma_sample-0001_creativecommons-org.warc.gz");
        assumeTrue(warc != null, "shared data not present");
        WarcHtmlPages.Page page = WarcHtmlPages.read(List.of(warc)).stream()
                .filter(pg -> pg.url().equals("https://creativecommons.org/mission/")).findFirst().orElseThrow();
        ParsedHtml p = parser.parse(page.body(), page.contentType(), page.url());
        String t = p.text();
        assertTrue(t.contains("A world where knowledge and culture are equitably shared in ways that serve the public interest."), t);
        assertTrue(t.contains("Our values"), t);
        assertFalse(t.contains("info@creativecommons.org"), t);
        assertFalse(t.contains("Global Summit"), t);
        assertEquals("Who We Are - Creative Commons", p.title());
        assertTrue(p.links().stream().anyMatch(l -> l.href().equals("https://creativecommons.org/licenses/by/4.0/")
                && l.region().equals("boilerplate") && l.text().equals("Creative Commons Attribution 4.0 International license")));
    }
}
