package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of page the issue names. Forum and shop pages are written here in the markup of common
 * platforms (phpBB-style forum, a Shopify-style product page); the Wikipedia page and the news/blog pages are
 * real captures from the shared development data (skipped when it is absent).
 */
class PageTypesTest {

    private final HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();

    static final String FORUM_THREAD = """
            <html lang="de"><head><meta charset="utf-8"><title>Kupplung rutscht bei kaltem Motor - Oldtimer-Forum</title></head>
            <body id="phpbb">
            <div class="headerbar"><a href="/">Oldtimer-Forum</a><ul class="navbar"><li><a href="/faq">FAQ</a></li>
            <li><a href="/register">Registrieren</a></li><li><a href="/login">Anmelden</a></li></ul></div>
            <ul id="nav-breadcrumbs" class="breadcrumbs"><li><a href="/">Foren-Übersicht</a></li><li><a href="/f/technik">Technik</a></li></ul>
            <h2 class="topic-title">Kupplung rutscht bei kaltem Motor</h2>
            <div class="pagination">3 Beiträge • Seite 1 von 1</div>
            <div id="p101" class="post bg2"><div class="postbody"><p class="author">von <a href="/u/karl">karl_h</a> » 12.03.2023, 18:41</p>
              <div class="content">Hallo zusammen, seit dem Winter rutscht die Kupplung meines Käfers, aber nur solange der Motor kalt ist.
              Nach etwa zehn Minuten Fahrt ist alles wieder normal. Hat jemand eine Idee, woran das liegen kann?</div></div></div>
            <div id="p102" class="post bg1"><div class="postbody"><p class="author">von <a href="/u/mia">mia_b</a> » 12.03.2023, 20:15</p>
              <div class="content">Das klingt nach Öl auf der Kupplungsscheibe. Prüf mal den Simmerring an der Kurbelwelle, der wird bei
              Kälte hart und lässt dann etwas Öl durch, bis er sich wieder ausdehnt.</div></div></div>
            <div id="p103" class="post bg2"><div class="postbody"><p class="author">von <a href="/u/karl">karl_h</a> » 14.03.2023, 09:02</p>
              <div class="content">Danke, das war es tatsächlich! Der Simmerring war porös und die Scheibe ölig. Beides ist jetzt getauscht.</div></div></div>
            <div class="action-bar"><a href="/post?reply=1" class="button">Antworten</a></div>
            <div id="page-footer"><p>Powered by phpBB® Forum Software © phpBB Limited</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>
            </body></html>
            """;

    static final String SHOP_PRODUCT = """
            <html lang="fr"><head><meta charset="utf-8"><title>Théière en fonte 1,2 L – La Maison du Thé</title>
            <meta property="og:title" content="Théière en fonte 1,2 L"></head>
            <body class="template-product">
            <div class="announcement-bar">Livraison offerte dès 49 € d'achat</div>
            <header class="site-header"><nav><a href="/collections/thes">Thés</a> <a href="/collections/accessoires">Accessoires</a>
            <a href="/cart">Panier (0)</a></nav></header>
            <main id="MainContent"><div class="product">
              <h1 class="product__title">Théière en fonte 1,2 L</h1>
              <div class="price">39,90 €</div>
              <form action="/cart/add"><select name="color"><option>Noir</option><option>Rouge</option></select>
                <button type="submit">Ajouter au panier</button></form>
              <div class="product__description rte">
                <p>Fabriquée au Japon selon une technique traditionnelle, cette théière en fonte garde le thé chaud
                pendant près d'une heure et diffuse la chaleur de façon homogène.</p>
                <p>Son intérieur émaillé empêche la rouille et n'altère pas le goût du thé ; un filtre en inox
                amovible est fourni.</p>
                <ul><li>Contenance : 1,2 litre</li><li>Poids : 1,6 kg</li><li>Compatible avec les plaques à induction</li></ul>
              </div></div>
              <section class="product-recommendations"><h2>Vous aimerez aussi</h2>
                <div class="card"><a href="/products/tasses">Lot de 4 tasses en fonte</a><span>24,90 €</span></div>
                <div class="card"><a href="/products/sencha">Sencha bio du Japon, 100 g</a><span>12,50 €</span></div></section>
            </main>
            <footer class="footer"><p>Inscrivez-vous à notre lettre d'information pour recevoir nos offres.</p>
            <p>© 2024 La Maison du Thé — Mentions légales — Conditions générales de vente</p></footer>
            </body></html>
            """;

    @Test
    void forumThreadKeepsEveryPostAndDropsTheBoard() {
        ParsedHtml p = parser.parse(FORUM_THREAD.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8",
                "https://forum.example.de/t/kupplung");
        String t = p.text();
        assertTrue(t.contains("seit dem Winter rutscht die Kupplung meines Käfers, aber nur solange der Motor kalt ist."), t);
        assertTrue(t.contains("Prüf mal den Simmerring an der Kurbelwelle"), t);
        assertTrue(t.contains("Der Simmerring war porös und die Scheibe ölig."), t);
        for (String s : List.of("Registrieren", "Foren-Übersicht", "Powered by phpBB", "Datenschutz", "Antworten")) {
            assertFalse(t.contains(s), s + " leaked into:\n" + t);
        }
        assertEquals("de", p.htmlLang());
    }

    @Test
    void shopPageKeepsTheDescriptionAndSpecsButNotTheShop() {
        ParsedHtml p = parser.parse(SHOP_PRODUCT.getBytes(StandardCharsets.UTF_8), null, "https://boutique.example.fr/products/theiere");
        String t = p.text();
        assertTrue(t.contains("Fabriquée au Japon selon une technique traditionnelle, cette théière en fonte garde le thé chaud"), t);
        assertTrue(t.contains("un filtre en inox amovible est fourni."), t);
        assertTrue(t.contains("Contenance : 1,2 litre\nPoids : 1,6 kg"), t);
        for (String s : List.of("Livraison offerte", "Panier", "Ajouter au panier", "Noir", "Lot de 4 tasses",
                "lettre d'information", "Mentions légales")) {
            assertFalse(t.contains(s), s + " leaked into:\n" + t);
        }
        assertEquals("Théière en fonte 1,2 L", p.title());
    }

    @Test
    void legacyCharsetPageWithoutDeclarationIsDecodedAndExtracted() {
        String html = """
                <html><head><title>Новини</title></head><body><ul class="menu"><li><a href="/">Головна</a></li><li><a href="/sport">Спорт</a></li></ul>
                <div class="article"><p>Київ — столиця та найбільше місто України, розташоване на обох берегах Дніпра.
                Місто є політичним, соціально-економічним, транспортним і освітньо-науковим центром країни.</p>
                <p>Історичний центр міста, зокрема Софійський собор і Києво-Печерська лавра, внесений до списку
                Світової спадщини ЮНЕСКО.</p></div><div class="footer">© Новини, усі права захищено</div></body></html>
                """;
        ParsedHtml p = parser.parse(html.getBytes(Charset.forName("windows-1251")), "text/html", "http://novyny.example.ua/kyiv");
        assertEquals("windows-1251", p.charset());
        assertFalse(p.charsetDeclaredWrong());
        assertTrue(p.text().contains("Київ — столиця та найбільше місто України, розташоване на обох берегах Дніпра."), p.text());
        assertFalse(p.text().contains("усі права захищено"), p.text());
        assertEquals("Новини", p.title());
    }

    @Test
    void pageWhoseDeclaredCharsetIsWrongIsFlaggedAndReadRight() {
        String html = """
                <html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Recetas</title></head>
                <body><article><h1>Tortilla de patatas</h1><p>La tortilla de patatas es uno de los platos más típicos de la
                cocina española: se prepara con huevos, patatas y, según la región, también con cebolla.</p>
                <p>Para que quede jugosa, las patatas se fríen a fuego lento y la tortilla se cuaja poco tiempo por cada lado.</p>
                </article></body></html>
                """;
        ParsedHtml p = parser.parse(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals("UTF-8", p.charset());
        assertTrue(p.charsetDeclaredWrong());
        assertTrue(p.text().contains("uno de los platos más típicos de la cocina española"), p.text());
        assertFalse(p.text().contains("mÃ¡s"), p.text());
    }

    @Test
    void pageWithoutSpacesBetweenWordsIsStillProse() {
        String html = """
                <html lang="zh"><head><meta charset="utf-8"><title>天气</title></head><body>
                <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sport">体育</a></div>
                <div class="article"><p>今年夏天，北方多个城市出现了持续高温天气，部分地区的最高气温超过了四十度。</p>
                <p>气象部门提醒市民减少午后外出，注意防暑降温，并及时补充水分。</p></div>
                <div class="footer">版权所有 © 2024</div></body></html>
                """;
        ParsedHtml p = parser.parse(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(p.text().contains("今年夏天，北方多个城市出现了持续高温天气"), p.text());
        assertTrue(p.text().contains("气象部门提醒市民减少午后外出"), p.text());
        assertFalse(p.text().contains("版权所有"), p.text());
        assertFalse(p.text().contains("体育"), p.text());
    }

    @Test
    void wikipediaPageKeepsArticleProseWithoutMenusOrEditLinks() throws IOException {
        Path warc = SharedData.warc("whirlwind_an-wikipedia.warc.gz");
        assumeTrue(warc != null, "shared data not present");
        WarcHtmlPages.Page page = WarcHtmlPages.read(List.of(warc)).get(0);
        ParsedHtml p = parser.parse(page.body(), page.contentType(), page.url());
        String t = p.text();
        assertTrue(t.contains("Escopete ye un municipio d'a provincia de Guadalachara, en a comunidat autonoma de Castiella-La Mancha"), t);
        assertTrue(t.contains("Ye situato a 860 metros d'altaria sobre o ran d'a mar"), t);
        assertFalse(t.contains("editar"), t);
        assertFalse(t.contains("Una pachina a l'azar"), t);
        assertEquals("an", p.htmlLang());
    }

    @Test
    void sharedDevelopmentSetScoresAboveTheIssueFloor() throws IOException {
        Path dir = SharedData.dir();
        assumeTrue(dir != null, "shared data not present");
        Path evaldata = Path.of("src/test/resources/org/tamiz/pipeline/html/shared-warc-evaldata.json");
        EvaluateExtraction.Score s = EvaluateExtraction.evaluateWarcs(evaldata, List.of(dir.resolve("warc")), null);
        assertEquals(12, s.pages());
        assertTrue(s.f1() >= 0.90, s.toString());
    }
}
