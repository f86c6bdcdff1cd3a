package org.tamiz.pipeline.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a parsed page that cuts its visible text into {@link TextBlock}s and collects the metadata
 * elements ({@code <title>}, {@code <meta>}, {@code <link>}, licence links, JSON-LD) on the way. Uses jsoup's
 * iterative traversal, so deeply nested pages cannot overflow the stack. One instance per page.
 */
final class PageWalker implements NodeFilter {

    /** Never text: skipped with their whole subtree. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "select", "option", "optgroup", "button",
            "input", "textarea", "datalist", "frame", "frameset", "applet", "source", "track", "img", "picture",
            "head", "dialog", "area", "param", "progress", "meter", "output", "rp", "rt");

    /** Elements that start and end a text block. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption", "legend",
            "label", "noframes", "listing", "xmp", "plaintext");

    /** Phrasing elements whose text is dropped outright when their class says boilerplate. */
    private static final Set<String> INLINE_TAGS = Set.of("span", "a", "sup", "sub", "small", "i", "b", "em",
            "strong", "abbr", "cite", "font", "label", "time", "u", "s", "mark");

    /** Boilerplate by tag: traversed (the fallback may need them) but their blocks are marked. */
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "footer", "aside", "menu");

    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "menu", "menubar", "dialog", "alert", "alertdialog", "toolbar", "tablist");

    static final int JSON_LD_MAX_CHARS = 64 * 1024;

    private static final int F_BLOCK = 1;
    private static final int F_LINK = 2;
    private static final int F_PRE = 4;
    private static final int F_STRONG = 8;
    private static final int F_WEAK = 16;
    private static final int F_CONTENT = 32;
    private static final int F_ARTICLE = 64;

    // Results
    final List<TextBlock> blocks = new ArrayList<>();
    final List<MetaTag> meta = new ArrayList<>();
    final List<PendingLink> links = new ArrayList<>();
    final List<String> jsonLd = new ArrayList<>();
    String titleTag;
    String firstH1;
    String byline;
    String timeDatetime;

    private final String baseUrl;

    // Traversal state
    private int[] flagStack = new int[64];
    private int flagTop;
    private final ArrayList<Element> owners = new ArrayList<>();
    private final ArrayList<Element> strongRoots = new ArrayList<>();
    private int linkDepth;
    private int preDepth;
    private int strongDepth;
    private int weakDepth;
    private int contentDepth;
    private int articleDepth;

    private final StringBuilder buf = new StringBuilder(256);
    private int bufLinkChars;
    private boolean pendingSpace;

    /** A licence-relevant link whose region is known only after classification. */
    record PendingLink(String tag, String rel, String href, String text, int blockIndex, boolean inHead) {}

    PageWalker(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl;
    }

    void walk(Element root) {
        NodeTraversor.filter(this, root);
        flush();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
        }
        String tag = e.normalName();
        if (tag.equals("head")) {
            collectHead(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (SKIPPED_TAGS.contains(tag)) {
            if (tag.equals("script")) {
                collectScript(e);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("meta")) {
            collectMeta(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("link")) {
            collectLink(e, false);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("title")) {
            return FilterResult.SKIP_ENTIRELY; // a stray <title> in the body is not text
        }
        if (tag.equals("br")) {
            lineBreak();
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        int hint = hintOf(e, tag);
        if (hint == BoilerplateHints.STRONG_BOILERPLATE && INLINE_TAGS.contains(tag)
                && e.selectFirst("p, div, li, h1, h2, h3, h4, h5, h6, table, blockquote") == null) {
            // "[edit]" links, share buttons, screen-reader labels inside a paragraph or heading. (A span
            // wrapping paragraphs is a layout box and is handled like a div.)
            return FilterResult.SKIP_ENTIRELY;
        }
        int flags = 0;
        boolean cell = tag.equals("td") || tag.equals("th");
        if (BLOCK_TAGS.contains(tag) || (cell && isLayoutCell(e))) {
            flush();
            flags |= F_BLOCK;
            owners.add(e);
        } else if (cell) {
            if (buf.length() > 0) {
                buf.append(" | ");
                pendingSpace = false;
            }
        }
        if (tag.equals("a")) {
            flags |= F_LINK;
            linkDepth++;
            collectAnchor(e);
        } else if (tag.equals("pre") || tag.equals("textarea") || tag.equals("listing") || tag.equals("xmp")) {
            flags |= F_PRE;
            preDepth++;
        }
        if (hint == BoilerplateHints.STRONG_BOILERPLATE) {
            flags |= F_STRONG;
            strongDepth++;
            strongRoots.add(e);
        } else if (hint == BoilerplateHints.WEAK_BOILERPLATE) {
            flags |= F_WEAK;
            weakDepth++;
        } else if (hint == BoilerplateHints.CONTENT) {
            flags |= F_CONTENT;
            contentDepth++;
        }
        if (tag.equals("article") || tag.equals("main")) {
            flags |= F_ARTICLE;
            articleDepth++;
        }
        if (firstH1 == null && tag.equals("h1")) {
            firstH1 = e.text();
        }
        if (byline == null && isByline(e)) {
            String t = e.text().trim();
            if (!t.isEmpty() && t.length() <= 120) {
                byline = t;
            }
        }
        if (timeDatetime == null && tag.equals("time")) {
            String dt = e.attr("datetime");
            if (!dt.isBlank()) {
                timeDatetime = dt.trim();
            }
        }
        push(flags);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        int flags = flagStack[--flagTop];
        if ((flags & F_BLOCK) != 0) {
            flush();
            owners.remove(owners.size() - 1);
        }
        if ((flags & F_LINK) != 0) {
            linkDepth--;
        }
        if ((flags & F_PRE) != 0) {
            preDepth--;
        }
        if ((flags & F_STRONG) != 0) {
            strongDepth--;
            strongRoots.remove(strongRoots.size() - 1);
        }
        if ((flags & F_WEAK) != 0) {
            weakDepth--;
        }
        if ((flags & F_CONTENT) != 0) {
            contentDepth--;
        }
        if ((flags & F_ARTICLE) != 0) {
            articleDepth--;
        }
        return FilterResult.CONTINUE;
    }

    private void push(int flags) {
        if (flagTop == flagStack.length) {
            flagStack = java.util.Arrays.copyOf(flagStack, flagTop * 2);
        }
        flagStack[flagTop++] = flags;
    }

    private int hintOf(Element e, String tag) {
        if (BOILERPLATE_TAGS.contains(tag)) {
            return BoilerplateHints.STRONG_BOILERPLATE;
        }
        if (tag.equals("header")) {
            // A page header is boilerplate; an article's own header holds its title and byline.
            return articleDepth > 0 ? BoilerplateHints.WEAK_BOILERPLATE : BoilerplateHints.STRONG_BOILERPLATE;
        }
        if (tag.equals("form")) {
            // ASP.NET wraps whole pages in one <form>: only a weak cue.
            return BoilerplateHints.WEAK_BOILERPLATE;
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            String r = role.toLowerCase(Locale.ROOT).trim();
            if (BOILERPLATE_ROLES.contains(r)) {
                return BoilerplateHints.STRONG_BOILERPLATE;
            }
            if (r.equals("main") || r.equals("article")) {
                return BoilerplateHints.CONTENT;
            }
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty()) {
            String p = itemprop.toLowerCase(Locale.ROOT);
            if (p.contains("articlebody") || p.equals("text") || p.contains("reviewbody") || p.equals("description")
                    && articleDepth > 0) {
                return BoilerplateHints.CONTENT;
            }
            if (p.contains("comment")) {
                return BoilerplateHints.STRONG_BOILERPLATE;
            }
        }
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return BoilerplateHints.NEUTRAL;
        }
        int hint = BoilerplateHints.classify(cls, id);
        if (hint < 0 && (tag.equals("body") || tag.equals("html"))) {
            // Layout classes on the page's outer containers ("single-post sidebar-right") say nothing about them.
            return BoilerplateHints.NEUTRAL;
        }
        return hint;
    }

    /**
     * A cell holding line breaks or block elements is a layout box (pages built with tables for columns), so it
     * is its own block; a data cell is joined with its row's other cells by " | ".
     */
    private static boolean isLayoutCell(Element cell) {
        return cell.selectFirst("br, p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote") != null;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String aria = e.attr("aria-hidden");
        if (aria.equals("true") && !e.normalName().equals("body") && !e.normalName().equals("html")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT);
            int d = s.indexOf("display");
            if (d >= 0 && s.indexOf("none", d) >= 0 && s.indexOf("none", d) - d < 12) {
                return true;
            }
            int v = s.indexOf("visibility");
            return v >= 0 && s.indexOf("hidden", v) >= 0 && s.indexOf("hidden", v) - v < 16;
        }
        return false;
    }

    private static boolean isByline(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("author")) {
            return true;
        }
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        return lower.contains("byline") || lower.equals("author") || lower.contains("author-name")
                || lower.contains("author_name");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Text

    private void appendText(TextNode t) {
        if (preDepth > 0) {
            String s = t.getWholeText();
            if (pendingSpace && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
                buf.append(' ');
            }
            pendingSpace = false;
            int before = buf.length();
            buf.append(s);
            if (linkDepth > 0) {
                bufLinkChars += buf.length() - before;
            }
            return;
        }
        String s = t.getWholeText();
        int n = s.length();
        int added = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029') {
                pendingSpace = true;
            } else if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                // soft hyphen and zero-width characters: invisible, and they split words for later stages
            } else {
                if (pendingSpace && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append(' ');
                    added++;
                }
                pendingSpace = false;
                buf.append(c);
                added++;
            }
        }
        if (linkDepth > 0) {
            bufLinkChars += added;
        }
    }

    private void lineBreak() {
        if (buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
            buf.append('\n');
        }
        pendingSpace = false;
    }

    private void flush() {
        pendingSpace = false;
        int end = buf.length();
        while (end > 0 && (buf.charAt(end - 1) == '\n' || buf.charAt(end - 1) == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && (buf.charAt(start) == '\n' || buf.charAt(start) == ' ')) {
            start++;
        }
        if (end > start && !owners.isEmpty()) {
            String text = preDepth > 0 ? buf.substring(start, end) : cleanLines(buf, start, end);
            Element owner = owners.get(owners.size() - 1);
            int kind = kindOf(owner);
            Element group = null;
            if (kind == TextBlock.KIND_LIST_ITEM || kind == TextBlock.KIND_TABLE_ROW) {
                group = owner.parent();
                if (kind == TextBlock.KIND_TABLE_ROW && group != null && !group.normalName().equals("table")
                        && group.parent() != null) {
                    group = group.parent(); // tr -> tbody -> table
                }
            }
            int boilerplate = strongDepth > 0 ? 2 : weakDepth > 0 || BoilerplateHints.isCopyrightLine(text) ? 1 : 0;
            boolean contentHinted = contentDepth > 0 || articleDepth > 0;
            Element root = strongRoots.isEmpty() ? null : strongRoots.get(strongRoots.size() - 1);
            blocks.add(new TextBlock(text, Math.min(bufLinkChars, text.length()), owner, kind, group, boilerplate,
                    root, contentHinted, blocks.size()));
        }
        buf.setLength(0);
        bufLinkChars = 0;
    }

    /** Trims each line of a block (lines come from {@code <br>}) and drops empty ones. */
    private static String cleanLines(StringBuilder b, int start, int end) {
        boolean hasNewline = false;
        for (int i = start; i < end; i++) {
            if (b.charAt(i) == '\n') {
                hasNewline = true;
                break;
            }
        }
        if (!hasNewline) {
            return b.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || b.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && b.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && b.charAt(e - 1) == ' ') {
                    e--;
                }
                if (e > s) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(b, s, e);
                }
                lineStart = i + 1;
            }
        }
        return out.toString();
    }

    private static int kindOf(Element owner) {
        switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                return TextBlock.KIND_HEADING;
            case "li", "dt", "dd":
                return TextBlock.KIND_LIST_ITEM;
            case "tr":
                return TextBlock.KIND_TABLE_ROW;
            case "pre", "listing", "xmp", "plaintext":
                return TextBlock.KIND_PRE;
            case "p", "blockquote", "address":
                return TextBlock.KIND_PARAGRAPH;
            default:
                return TextBlock.KIND_OTHER;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Metadata

    private void collectHead(Element head) {
        for (Element e : head.getAllElements()) {
            switch (e.normalName()) {
                case "title" -> {
                    if (titleTag == null) {
                        titleTag = e.text();
                    }
                }
                case "meta" -> collectMeta(e);
                case "link" -> collectLink(e, true);
                case "script" -> collectScript(e);
                default -> { }
            }
        }
    }

    private void collectMeta(Element e) {
        String name = e.attr("name");
        if (name.isEmpty()) {
            name = e.attr("property");
        }
        if (name.isEmpty()) {
            name = e.attr("http-equiv");
        }
        if (name.isEmpty()) {
            name = e.attr("itemprop");
        }
        String content = e.attr("content");
        if (name.isEmpty() && e.hasAttr("charset")) {
            name = "charset";
            content = e.attr("charset");
        }
        meta.add(new MetaTag(name.trim().toLowerCase(Locale.ROOT), content.trim()));
    }

    private void collectLink(Element e, boolean inHead) {
        if (!e.hasAttr("rel")) {
            return;
        }
        links.add(new PendingLink("link", e.attr("rel").trim().toLowerCase(Locale.ROOT), href(e), "",
                blocks.size(), inHead));
    }

    private void collectAnchor(Element e) {
        boolean hasRel = e.hasAttr("rel");
        String rawHref = e.attr("href");
        if (!hasRel && !isLicenceUrl(rawHref)) {
            return;
        }
        String text = e.text();
        if (text.isEmpty()) {
            // A licence badge is an image: its alt text is what it says.
            Element img = e.selectFirst("img[alt]");
            if (img != null) {
                text = img.attr("alt");
            }
        }
        links.add(new PendingLink("a", e.attr("rel").trim().toLowerCase(Locale.ROOT), href(e), text.trim(),
                blocks.size(), false));
    }

    private String href(Element e) {
        String h = e.attr("href");
        if (h.startsWith("https://") || h.startsWith("http://")) {
            return h.trim(); // already absolute: jsoup's resolver would only cost a regex pass
        }
        if (!baseUrl.isEmpty() && !h.isEmpty()) {
            String abs = e.absUrl("href");
            if (!abs.isEmpty()) {
                return abs;
            }
        }
        return h.trim();
    }

    /** Hosts and paths that name a licence; the licence detector decides what they mean. */
    static boolean isLicenceUrl(String href) {
        if (href == null || href.length() < 8) {
            return false;
        }
        String h = href.toLowerCase(Locale.ROOT);
        return h.contains("creativecommons.org") || h.contains("opendatacommons.org") || h.contains("/licenses/")
                || h.contains("/licences/") || h.contains("/license") || h.contains("/licence")
                || h.contains("/lizenz") || h.contains("/licencia") || h.contains("/licenza")
                || h.contains("/licentie") || h.contains("/licencja") || h.contains("/licenca")
                || h.contains("/publicdomain/") || h.contains("eupl") || h.contains("etalab.gouv.fr/licence")
                || h.contains("nationalarchives.gov.uk/doc/open-government-licence");
    }

    private void collectScript(Element e) {
        String type = e.attr("type");
        if (type.isEmpty()) {
            return;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (!t.contains("ld+json")) {
            return;
        }
        String body = e.data().trim();
        if (body.isEmpty()) {
            return;
        }
        if (body.length() > JSON_LD_MAX_CHARS) {
            body = body.substring(0, JSON_LD_MAX_CHARS);
        }
        jsonLd.add(body);
    }
}
