package org.tamiz.pipeline.html;

import java.util.Locale;
import java.util.Set;

/**
 * Reads what a page's {@code class} and {@code id} attributes say about an element: boilerplate (navigation,
 * footer, comments, sharing, cookie banners, related links, sidebars, breadcrumbs, menus, ads ...) or main
 * content (article body, post content ...).
 *
 * <p>The vocabulary follows the cues published by Mozilla Readability ({@code unlikelyCandidates},
 * {@code positive}/{@code negative} patterns in Readability.js) and trafilatura ({@code htmlprocessing} and
 * {@code xpaths}: comment, share, related, cookie, newsletter, ...), rewritten as word lists. Attributes are
 * split into words on {@code - _ space} and camel case, so {@code "site-footer"}, {@code "footerNav"} and
 * {@code "footer"} all match "footer" while {@code "content"} inside {@code "comment-content"} does not rescue
 * a comment. Only the attribute values are inspected, never the page text, so this costs a few string
 * operations per element that has a class or id.
 */
final class BoilerplateHints {

    private BoilerplateHints() {}

    /** Element is boilerplate whatever else it says. */
    static final int STRONG_BOILERPLATE = -2;
    /** Element is probably boilerplate (bylines, tags, meta lines): its blocks need more evidence. */
    static final int WEAK_BOILERPLATE = -1;
    static final int NEUTRAL = 0;
    /** Element is probably the main content container. */
    static final int CONTENT = 1;

    private static final Set<String> STRONG = Set.of(
            "nav", "navbar", "navigation", "navi", "menu", "menubar", "submenu", "megamenu", "breadcrumb",
            "breadcrumbs", "crumbs", "footer", "foot", "colophon", "sidebar", "sidebars", "aside", "comment",
            "comments", "commentlist", "disqus", "respond", "replies", "reply", "share", "sharing", "sharedaddy",
            "social", "socials", "sociallinks", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
            "subscription", "signup", "login", "register", "related", "relatedposts", "recommended", "recommend",
            "trending", "popular", "mostread", "outbrain", "taboola", "advert", "advertisement", "advertising",
            "ads", "ad", "adsense", "adslot", "sponsor", "sponsored", "promo", "promotion", "banner", "popup",
            "modal", "overlay", "masthead", "toolbar", "skip", "skiplink", "pagination", "pager", "paging",
            "widget", "widgets", "tagcloud", "syndication", "print", "rss", "jump", "backtotop", "lightbox",
            "offscreen", "editsection", "visuallyhidden", "sronly", "screenreader", "viral", "sociable", "subnav",
            "button", "buttons", "btn", "rating", "ratings", "attachment", "userinfo", "userprofile", "criteo",
            "paywall", "obfuscated", "blurred", "sidestories", "relatedstories", "mostpopular",
            "akismet", "noprint", "navbox", "catlinks", "printfooter", "ambox", "metadata", "signin",
            "offcanvas", "drawer", "tooltip", "dropdown", "teasers", "upsell", "donate", "donation",
            "newsletters", "comentarios", "kommentare", "commentaires", "commenti", "reacties", "werbung",
            "anzeige", "publicidad", "publicite", "pubblicita", "compartir", "partager", "teilen", "condividi", "reactions", "responses", "readmore", "readnext", "upnext", "feedback", "survey", "helpful", "pagefeedback", "hirdetes", "reklam", "reklama", "reklame", "mainos", "annons",
            "advertentie", "ogloszenie", "reclama", "oglas", "diafimisi", "megosztas", "udostepnij", "articleinfo", "articleinfos", "infoline", "pagenav");

    private static final Set<String> WEAK = Set.of(
            "header", "head", "byline", "author", "meta", "postmeta", "entrymeta", "tags", "tag", "categories",
            "category", "date", "dateline", "timestamp", "caption", "credit", "credits", "toc", "info", "extra",
            "links", "more", "teaser", "bio", "about", "contact", "copyright", "legal", "utility",
            "secondary", "complementary", "votes", "keywords", "topics", "shop", "cart", "bottom", "infobox",
            "thumb", "thumbcaption", "figure", "label", "badge", "subtitle", "kicker", "submitted", "posted", "postedon");

    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "articletext", "articlecontent", "content", "maincontent", "main", "post",
            "postbody", "postcontent", "posttext", "entry", "entrycontent", "entrybody", "story", "storybody",
            "storytext", "body", "bodytext", "text", "prose", "blogpost", "hentry", "rich", "richtext", "page",
            "pagecontent", "mwparseroutput", "mwcontenttext", "bodycontent", "field", "itemprop");

    /**
     * Returns {@link #STRONG_BOILERPLATE}, {@link #WEAK_BOILERPLATE}, {@link #NEUTRAL} or {@link #CONTENT} for an
     * element's class and id (either may be empty).
     */
    static int classify(String className, String id) {
        int strong = 0;
        int weak = 0;
        int content = 0;
        for (String attr : new String[] {className, id}) {
            if (attr == null || attr.isEmpty()) {
                continue;
            }
            int n = attr.length();
            int tokenStart = 0;
            for (int i = 0; i <= n; i++) {
                if (i == n || Character.isWhitespace(attr.charAt(i))) {
                    if (i > tokenStart) {
                        int r = classifyToken(attr, tokenStart, i);
                        if (r == STRONG_BOILERPLATE) {
                            strong++;
                        } else if (r == WEAK_BOILERPLATE) {
                            weak++;
                        } else if (r == CONTENT) {
                            content++;
                        }
                    }
                    tokenStart = i + 1;
                }
            }
        }
        if (strong > 0) {
            return STRONG_BOILERPLATE;
        }
        if (content > 0) {
            return CONTENT;
        }
        return weak > 0 ? WEAK_BOILERPLATE : NEUTRAL;
    }

    /**
     * One class token: its word parts are tested; a token whose parts name both content and boilerplate
     * ("comment-content", "post-footer") is boilerplate. State prefixes ("has-sidebar", "no-comments",
     * "with-nav") describe the page layout, not the element, and are ignored.
     */
    private static int classifyToken(String attr, int from, int to) {
        String token = attr.substring(from, to);
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.startsWith("has-") || lower.startsWith("no-") || lower.startsWith("with-")
                || lower.startsWith("is-") || lower.startsWith("js-") || lower.startsWith("wp-block")
                || lower.startsWith("page-template") || lower.startsWith("layout")) {
            return NEUTRAL;
        }
        boolean strong = false;
        boolean weak = false;
        boolean content = false;
        boolean layout = false;
        // Whole token with separators removed ("main-content" -> "maincontent") catches compound names.
        String joined = stripSeparators(lower);
        if (STRONG.contains(joined)) {
            return STRONG_BOILERPLATE;
        }
        if (CONTENT_WORDS.contains(joined)) {
            content = true;
        }
        int n = token.length();
        int partStart = 0;
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || token.charAt(i) == '-' || token.charAt(i) == '_' || token.charAt(i) == ':'
                    || (i > partStart && Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1)));
            if (boundary) {
                if (i > partStart) {
                    String part = lower.substring(partStart, i);
                    if (LAYOUT_WORDS.contains(part)) {
                        layout = true;
                    }
                    if (STRONG.contains(part)) {
                        strong = true;
                    } else if (WEAK.contains(part)) {
                        weak = true;
                    } else if (CONTENT_WORDS.contains(part)) {
                        content = true;
                    }
                }
                partStart = (i < n && (token.charAt(i) == '-' || token.charAt(i) == '_' || token.charAt(i) == ':')) ? i + 1 : i;
            }
        }
        if (strong && content && layout) {
            return NEUTRAL; // "content-sidebar-wrap": a layout box around both, not a sidebar
        }
        if (strong) {
            return STRONG_BOILERPLATE;
        }
        if (content) {
            return weak ? NEUTRAL : CONTENT;
        }
        return weak ? WEAK_BOILERPLATE : NEUTRAL;
    }

    private static final Set<String> LAYOUT_WORDS = Set.of("wrap", "wrapper", "container", "layout", "inner",
            "outer", "row", "grid", "area", "holder", "columns");

    /** Stems of the names comment sections go by; such sections stay boilerplate however much text they hold. */
    private static final String[] COMMENT_STEMS = {"comment", "reply", "replies", "respond", "disqus", "reaction",
        "response", "kommentar", "comentario", "commentaire", "commenti", "reacties", "komentar", "hozzaszol"};

    static boolean isCommentLike(String attr) {
        if (attr == null || attr.isEmpty()) {
            return false;
        }
        String s = attr.toLowerCase(Locale.ROOT);
        for (String stem : COMMENT_STEMS) {
            if (s.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copyright and "powered by" lines are boilerplate wherever they sit: a short block holding the copyright
     * sign, or starting with "Copyright" or "Powered by", is treated as weakly hinted boilerplate.
     */
    static boolean isCopyrightLine(String text) {
        if (text.length() > 250) {
            return false;
        }
        if (text.indexOf('©') >= 0 || text.indexOf('℗') >= 0) {
            return true;
        }
        return text.regionMatches(true, 0, "copyright", 0, 9) || text.regionMatches(true, 0, "powered by", 0, 10);
    }

    private static String stripSeparators(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == ':') {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
