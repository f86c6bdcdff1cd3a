package org.tamiz.pipeline.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses which {@link TextBlock}s of a page are its main text.
 *
 * <ol>
 *   <li><b>Block classification</b> after jusText (Pomikálek 2011, defaults: length_low 70, length_high 200,
 *       max_link_density 0.2, stop-word density 0.30/0.32): each block is good, near-good, short or bad from
 *       its length, link density, stop-word density (language from {@code <html lang>} or guessed from the
 *       page's own stop words, {@link ExtractionLanguageTable}) and sentence punctuation; blocks inside
 *       navigation, footers, comments, sidebars and the like ({@link BoilerplateHints}) are bad.</li>
 *   <li><b>Context</b>: short and near-good blocks take the class of their good/bad neighbours; headings
 *       right before good text are kept (jusText's max_heading_distance 200).</li>
 *   <li><b>Repeated template text</b>: short blocks whose text occurs more than once in the page
 *       ("Read more", "Share", "Reply") are dropped.</li>
 *   <li><b>Main container</b> (DOM position): every element gets the length of good text minus a quarter of
 *       the bad text beneath it, with Readability's weighting of {@code <article>}/{@code <main>} and
 *       content class names; the best element holds the main text. Good blocks outside it are kept only
 *       when long and clean, so an article split over two containers loses nothing.</li>
 *   <li><b>Fallback</b> (recall matters): when that leaves less than {@link #MIN_MAIN_CHARS} characters or
 *       less than a fifth of the page's good text, all good and near-good blocks of the page are taken; when
 *       even that is too little, every block that is not navigation-like (link density &lt; 0.5) is.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class MainContentExtractor {

    // jusText defaults (Pomikálek 2011; jusText 3.0 core.py).
    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double MAX_LINK_DENSITY = 0.2;
    static final int MAX_HEADING_DISTANCE = 200;

    /** Main text shorter than this triggers the fallback. */
    static final int MIN_MAIN_CHARS = 250;

    /** Output of {@link #extract}. */
    record Result(String text, boolean fallbackUsed, boolean[] kept, int languageIndex, Element container) {}

    Result extract(List<TextBlock> blocks, String htmlLang) {
        int lang = ExtractionLanguageTable.languageIndex(htmlLang);
        lang = countWords(blocks, lang);
        double[] thresholds = stopWordThresholds(lang);
        releaseProseContainers(blocks, thresholds[0], thresholds[1]);
        classify(blocks, thresholds[0], thresholds[1]);
        applyContext(blocks);
        dropRepeatedTemplateText(blocks);

        boolean[] kept = new boolean[blocks.size()];
        int goodTotal = 0;
        for (TextBlock b : blocks) {
            if (b.cls == TextBlock.CLASS_GOOD) {
                goodTotal += b.length();
            }
        }
        Element container = bestContainer(blocks);
        int mainChars = 0;
        if (container != null) {
            // Good text just before the container and under its parent (a lead paragraph in the article header)
            // is kept too. Text after it under the same parent is more often "related" teasers than article.
            Element near = container.parent();
            if (near != null && (near.normalName().equals("body") || near.normalName().equals("html")
                    || near.normalName().equals("#root"))) {
                near = null;
            }
            int firstInContainer = Integer.MAX_VALUE;
            for (TextBlock b : blocks) {
                if (isInside(b.owner, container)) {
                    firstInContainer = b.index;
                    break;
                }
            }
            for (TextBlock b : blocks) {
                boolean keep = isInside(b.owner, container) ? keepInContainer(b)
                        : b.cls == TextBlock.CLASS_GOOD && (isCleanProse(b)
                            || (near != null && b.index < firstInContainer && b.boilerplate == 0
                                && b.linkDensity() < MAX_LINK_DENSITY && isInside(b.owner, near)));
                if (keep) {
                    kept[b.index] = true;
                    mainChars += b.length();
                }
            }
            keepHeadingsOfKeptText(blocks, kept, container);
            dropDanglingLabels(blocks, kept);
        }
        boolean fallback = false;
        if (mainChars < MIN_MAIN_CHARS || mainChars * 5 < goodTotal) {
            fallback = true;
            java.util.Arrays.fill(kept, false);
            mainChars = 0;
            for (TextBlock b : blocks) {
                if (b.cls >= TextBlock.CLASS_NEAR_GOOD) {
                    kept[b.index] = true;
                    mainChars += b.length();
                }
            }
            if (mainChars < MIN_MAIN_CHARS) {
                // Last resort: everything that is not a link list, hints or not (forums and odd templates
                // put all their text in "comment" or "widget" boxes).
                java.util.Arrays.fill(kept, false);
                for (TextBlock b : blocks) {
                    if (b.linkDensity() < 0.5 && (b.boilerplate < 2 || b.length() >= LENGTH_LOW)) {
                        kept[b.index] = true;
                    }
                }
            }
        }
        keepTitleHeading(blocks, kept);
        return new Result(render(blocks, kept), fallback, kept, lang, fallback ? null : container);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Features

    /**
     * Counts words, stop words, sentence marks and commas per block. The language is the page's declared one
     * when known, else the one whose stop words are most frequent over the page's blocks.
     */
    private static int countWords(List<TextBlock> blocks, int declaredLang) {
        int nLang = ExtractionLanguageTable.LANGUAGES.size();
        int[] perLang = declaredLang >= 0 ? null : new int[nLang];
        // First pass: words, punctuation, and, when the language is unknown, per-language stop-word hits.
        List<long[]> masks = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            String t = b.text;
            int words = 0;
            int marks = 0;
            int commas = 0;
            long[] wordMasks = new long[8];
            int wm = 0;
            int n = t.length();
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (isCjk(c)) {
                    // Chinese and Japanese have no spaces: each character counts as a word.
                    words++;
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    int s = i;
                    while (i < n && !isCjk(t.charAt(i))
                            && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                        i++;
                    }
                    words++;
                    if (i - s <= 12) {
                        long m = ExtractionLanguageTable.stopWordMask(lower(t, s, i));
                        if (wm == wordMasks.length) {
                            wordMasks = java.util.Arrays.copyOf(wordMasks, wm * 2);
                        }
                        wordMasks[wm++] = m;
                        if (perLang != null && m != 0) {
                            long mm = m;
                            while (mm != 0) {
                                int bit = Long.numberOfTrailingZeros(mm);
                                perLang[bit]++;
                                mm &= mm - 1;
                            }
                        }
                    }
                } else {
                    if (c == '.' || c == '!' || c == '?' || c == '。' || c == ';' || c == '…' || c == '！'
                            || c == '？' || c == '؟' || c == '।') {
                        marks++;
                    } else if (c == ',' || c == '،' || c == '，' || c == '、') {
                        commas++;
                    }
                    i++;
                }
            }
            b.words = words;
            b.sentenceMarks = marks;
            b.commas = commas;
            masks.add(java.util.Arrays.copyOf(wordMasks, wm));
        }
        int lang = declaredLang;
        if (lang < 0) {
            int best = 0;
            for (int l = 0; l < nLang; l++) {
                // normalise by list size so that a long list does not win by size alone
                if (perLang[l] > best) {
                    best = perLang[l];
                    lang = l;
                }
            }
        }
        if (lang >= 0) {
            long bit = 1L << lang;
            for (int k = 0; k < blocks.size(); k++) {
                int stops = 0;
                for (long m : masks.get(k)) {
                    if ((m & bit) != 0) {
                        stops++;
                    }
                }
                blocks.get(k).stopWords = stops;
            }
        }
        return lang;
    }

    private static boolean isCjk(char c) {
        return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7af')
                || (c >= '\uf900' && c <= '\ufaff');
    }

    private static String lower(String t, int s, int e) {
        boolean needs = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c) || c == '’') {
                needs = true;
                break;
            }
        }
        String w = t.substring(s, e);
        return needs ? w.toLowerCase(Locale.ROOT).replace('’', '\'') : w;
    }

    /**
     * jusText's stop-word thresholds (0.30 / 0.32) suit its own long English-centred lists; here they are set per
     * language from the density of real prose ({@link ExtractionLanguageTable#proseStopWordDensity}): "near
     * good" from 45 %, "good" from 60 % of the typical density, so that ~90 % of prose chunks pass the lower
     * one in every language (checked by StopWordDensityCalibrationTest).
     */
    static double[] stopWordThresholds(int lang) {
        double typical = ExtractionLanguageTable.proseStopWordDensity(lang);
        if (typical <= 0) {
            return new double[] {1.01, 1.01}; // unknown language: only length, punctuation and links decide
        }
        return new double[] {0.45 * typical, 0.60 * typical};
    }

    // ---------------------------------------------------------------------------------------------------------
    // Classification

    /**
     * A boilerplate tag or class around most of a page's prose was a template's layout choice, not boilerplate
     * (whole articles sit in {@code <header>}, {@code <form>} or a {@code "sidebar-layout"} box): such an element
     * loses its mark when it holds at least {@link #RELEASE_MIN_CHARS} characters and half of the page's prose.
     * Comment sections keep theirs; long discussions must not turn into main text.
     */
    private static void releaseProseContainers(List<TextBlock> blocks, double stopLow, double stopHigh) {
        IdentityHashMap<Element, int[]> prose = null;
        int total = 0;
        for (TextBlock b : blocks) {
            int saved = b.boilerplate;
            b.boilerplate = 0;
            boolean good = classifyOne(b, stopLow, stopHigh) >= TextBlock.CLASS_NEAR_GOOD;
            b.boilerplate = saved;
            if (!good) {
                continue;
            }
            total += b.length();
            if (b.boilerplateRoot != null) {
                if (prose == null) {
                    prose = new IdentityHashMap<>();
                }
                prose.computeIfAbsent(b.boilerplateRoot, k -> new int[1])[0] += b.length();
            }
        }
        if (prose == null) {
            return;
        }
        for (Map.Entry<Element, int[]> e : prose.entrySet()) {
            int chars = e.getValue()[0];
            if (chars >= RELEASE_MIN_CHARS && chars * 2 >= total && !isCommentSection(e.getKey())) {
                for (TextBlock b : blocks) {
                    if (b.boilerplateRoot == e.getKey()) {
                        b.boilerplate = 0;
                    }
                }
            }
        }
    }

    static final int RELEASE_MIN_CHARS = 200;

    private static boolean isCommentSection(Element e) {
        return BoilerplateHints.isCommentLike(e.className()) || BoilerplateHints.isCommentLike(e.id());
    }

    private static void classify(List<TextBlock> blocks, double stopLow, double stopHigh) {
        for (TextBlock b : blocks) {
            b.cls = classifyOne(b, stopLow, stopHigh);
            b.intrinsic = b.cls;
        }
    }

    /**
     * Inside the main container the neighbours' verdict is not needed: the DOM already says the block belongs
     * to the article. Kept there: good and near-good blocks, sentences with a link or two, and link-free short
     * lines (list items, captions); not kept: anything marked boilerplate, link lists, headings (see
     * {@link #keepHeadingsOfKeptText}).
     */
    private static boolean keepInContainer(TextBlock b) {
        if (b.boilerplate >= 2) {
            return false;
        }
        if (b.cls == TextBlock.CLASS_GOOD && b.kind != TextBlock.KIND_HEADING) {
            return true;
        }
        if (b.kind == TextBlock.KIND_HEADING) {
            return false;
        }
        double ld = b.linkDensity();
        if (b.intrinsic >= TextBlock.CLASS_NEAR_GOOD) {
            return true;
        }
        if (b.kind == TextBlock.KIND_PARAGRAPH && b.sentenceMarks >= 1 && ld <= 0.5 && b.length() >= 30) {
            return true;
        }
        return b.intrinsic == TextBlock.CLASS_SHORT && b.linkChars == 0 && b.boilerplate == 0
                && b.kind != TextBlock.KIND_OTHER;
    }

    /**
     * The article's title belongs to its text (trafilatura's benchmark counts titles as main content): when
     * no heading precedes the first kept block, the nearest {@code <h1>} before it is kept, unless it sits in
     * navigation or is a link.
     */
    private static void keepTitleHeading(List<TextBlock> blocks, boolean[] kept) {
        int first = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                first = i;
                break;
            }
        }
        if (first <= 0 || blocks.get(first).kind == TextBlock.KIND_HEADING) {
            return;
        }
        for (int i = first - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            if (b.owner.normalName().equals("h1")) {
                if (b.boilerplate < 2 && b.linkDensity() <= 0.5 && b.length() <= 300) {
                    kept[i] = true;
                }
                return;
            }
        }
    }

    /** A short "Label:" line whose content was dropped ("Tags:", "Schlagworte:", "Share:") goes too. */
    private static void dropDanglingLabels(List<TextBlock> blocks, boolean[] kept) {
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (kept[i] && b.length() <= 40 && b.text.endsWith(":") && (i + 1 == blocks.size() || !kept[i + 1])) {
                kept[i] = false;
            }
        }
    }

    /** A heading in the container is kept when some text between it and the next heading is kept. */
    private static void keepHeadingsOfKeptText(List<TextBlock> blocks, boolean[] kept, Element container) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            if (b.kind != TextBlock.KIND_HEADING || b.boilerplate >= 2 || b.linkDensity() > 0.5
                    || !isInside(b.owner, container)) {
                continue;
            }
            // Walking backwards, a sub-heading right below was already decided.
            for (int j = i + 1; j < blocks.size(); j++) {
                if (kept[j]) {
                    kept[i] = true;
                    break;
                }
                if (blocks.get(j).kind == TextBlock.KIND_HEADING) {
                    break;
                }
            }
        }
    }

    private static int classifyOne(TextBlock b, double stopLow, double stopHigh) {
        if (b.boilerplate >= 2) {
            return TextBlock.CLASS_BAD;
        }
        int len = b.length();
        double ld = b.linkDensity();
        // jusText's 0.2 link-density limit would drop encyclopedic prose, where most nouns are links: a
        // paragraph that reads as sentences may be up to 80 % links, other blocks up to a third.
        boolean sentences = b.kind == TextBlock.KIND_PARAGRAPH && b.sentenceMarks + b.commas >= 2 && len >= LENGTH_LOW;
        if (ld > 0.8 || (!sentences && (ld > 0.33 || (ld > MAX_LINK_DENSITY && len < LENGTH_HIGH)))) {
            return TextBlock.CLASS_BAD;
        }
        if (b.boilerplate == 1 && len < LENGTH_HIGH) {
            return ld > 0 ? TextBlock.CLASS_BAD : TextBlock.CLASS_SHORT;
        }
        if (len < LENGTH_LOW) {
            return ld > 0 && b.kind != TextBlock.KIND_HEADING ? TextBlock.CLASS_BAD : TextBlock.CLASS_SHORT;
        }
        double sd = b.stopWordDensity();
        boolean prose = b.sentenceMarks + b.commas >= 1 && b.words >= 8;
        // Without stop words for the page's language, sentences alone make prose.
        boolean unknownLanguage = stopHigh > 1;
        if (sd >= stopHigh || (prose && (sd >= stopLow || unknownLanguage))) {
            return len >= LENGTH_HIGH ? TextBlock.CLASS_GOOD : TextBlock.CLASS_NEAR_GOOD;
        }
        if (sd >= stopLow || prose) {
            return TextBlock.CLASS_NEAR_GOOD;
        }
        if (b.kind == TextBlock.KIND_PRE || b.kind == TextBlock.KIND_TABLE_ROW || b.kind == TextBlock.KIND_LIST_ITEM) {
            return TextBlock.CLASS_SHORT; // code, data rows and list items are judged by their neighbours
        }
        return TextBlock.CLASS_BAD;
    }

    /** jusText's context-sensitive pass, simplified: neighbours decide short and near-good blocks. */
    private static void applyContext(List<TextBlock> blocks) {
        int n = blocks.size();
        int[] orig = new int[n];
        for (int i = 0; i < n; i++) {
            orig[i] = blocks.get(i).cls;
        }
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (orig[i] == TextBlock.CLASS_SHORT) {
                int prev = neighbour(orig, i, -1, false);
                int next = neighbour(orig, i, 1, false);
                if (prev == TextBlock.CLASS_GOOD && next == TextBlock.CLASS_GOOD) {
                    b.cls = TextBlock.CLASS_GOOD;
                } else if (prev == TextBlock.CLASS_BAD && next == TextBlock.CLASS_BAD) {
                    b.cls = TextBlock.CLASS_BAD;
                } else {
                    // At the edge of the content (jusText: bad). Link-free list items, rows and short paragraphs
                    // at the edge are still kept when they lie in the main container (keepInContainer).
                    b.cls = TextBlock.CLASS_BAD;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (orig[i] == TextBlock.CLASS_NEAR_GOOD) {
                int prev = neighbour(orig, i, -1, false);
                int next = neighbour(orig, i, 1, false);
                b.cls = (prev == TextBlock.CLASS_BAD && next == TextBlock.CLASS_BAD) ? TextBlock.CLASS_BAD
                        : TextBlock.CLASS_GOOD;
            }
        }
        // Headings followed closely by good text are part of it.
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind != TextBlock.KIND_HEADING || b.cls == TextBlock.CLASS_GOOD || b.boilerplate >= 2
                    || b.linkDensity() > 0.5) {
                continue;
            }
            int distance = 0;
            for (int j = i + 1; j < n && distance <= MAX_HEADING_DISTANCE; j++) {
                TextBlock c = blocks.get(j);
                if (c.cls == TextBlock.CLASS_GOOD && c.kind != TextBlock.KIND_HEADING) {
                    b.cls = TextBlock.CLASS_GOOD;
                    break;
                }
                distance += c.length();
            }
        }
    }

    /** Class of the nearest neighbour in a direction, skipping short (and, for near-good, near-good) blocks. */
    private static int neighbour(int[] cls, int i, int dir, boolean skipNearGood) {
        for (int j = i + dir; j >= 0 && j < cls.length; j += dir) {
            int c = cls[j];
            if (c == TextBlock.CLASS_SHORT) {
                continue;
            }
            if (c == TextBlock.CLASS_NEAR_GOOD && skipNearGood) {
                continue;
            }
            return c == TextBlock.CLASS_NEAR_GOOD ? TextBlock.CLASS_GOOD : c;
        }
        return TextBlock.CLASS_BAD;
    }

    /** Short blocks that repeat within the page are template text, not content. */
    private static void dropRepeatedTemplateText(List<TextBlock> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (TextBlock b : blocks) {
            if (b.length() < 100 && b.cls == TextBlock.CLASS_GOOD) {
                counts.merge(b.text, 1, Integer::sum);
            }
        }
        for (TextBlock b : blocks) {
            if (b.length() < 100 && b.cls == TextBlock.CLASS_GOOD && b.kind != TextBlock.KIND_TABLE_ROW
                    && counts.getOrDefault(b.text, 0) > 1) {
                b.cls = TextBlock.CLASS_BAD;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Container

    /** Per-element sums over the blocks beneath it. */
    private static final class ContainerStats {
        double score;
        int goodChars;
        int badChars;
        int chars;
        int linkChars;
    }

    /**
     * Readability's candidate scoring (Readability.js {@code _grabArticle}): every good prose block gives
     * {@code 1 + commas + min(length / 100, 3)} to its parent, half of that to its grandparent and
     * {@code 1 / (3 * level)} further up; a candidate's score is scaled by {@code 1 - its link density}. The
     * winner then grows to its parent while the parent adds at least 1.5 times as much good text as bad text
     * (an article split into sibling sections is taken whole, a page body with its navigation is not).
     */
    private static Element bestContainer(List<TextBlock> blocks) {
        IdentityHashMap<Element, ContainerStats> stats = new IdentityHashMap<>();
        // Identity-hash iteration order varies between runs: candidates are visited in first-seen order so
        // ties resolve the same way every time.
        List<Element> order = new ArrayList<>();
        for (TextBlock b : blocks) {
            boolean good = b.cls == TextBlock.CLASS_GOOD;
            // Readability scores every paragraph; here good blocks count fully and blocks that read as prose
            // on their own but lost the neighbours' vote (short posts between user names) count half.
            double weight = good ? 1 : b.intrinsic >= TextBlock.CLASS_NEAR_GOOD && b.boilerplate == 0 ? 0.5 : 0;
            double contribution = weight > 0 && b.kind != TextBlock.KIND_HEADING
                    ? weight * (1 + b.commas + Math.min(b.length() / 100.0, 3)) : 0;
            int level = -1;
            int hops = 0;
            // Bounded climb: a pathological page nested thousands deep must not cost blocks x depth.
            for (Element e = b.owner; e != null && hops++ < MAX_ANCESTORS; e = e.parent()) {
                ContainerStats st = stats.get(e);
                if (st == null) {
                    st = new ContainerStats();
                    stats.put(e, st);
                    order.add(e);
                }
                st.chars += b.length();
                st.linkChars += b.linkChars;
                if (good || (b.intrinsic >= TextBlock.CLASS_NEAR_GOOD && b.contentHinted && b.boilerplate == 0)) {
                    // near-good text inside <article>/<main>/content boxes counts too: short forum posts
                    // between user names and dates lose the jusText context vote but are still the content
                    st.goodChars += b.length();
                } else if (b.boilerplate >= 2 || b.linkDensity() > 0.33) {
                    st.badChars += b.length();
                }
                if (level >= 0 && contribution > 0) {
                    st.score += level == 0 ? contribution : level == 1 ? contribution / 2 : contribution / (level * 3);
                }
                level++;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : order) {
            ContainerStats st = stats.get(e);
            if (st.score <= bestScore / 1.5) {
                continue; // cannot win even with the largest bonus
            }
            double s = st.score * (1 - (st.chars == 0 ? 0 : (double) st.linkChars / st.chars)) * containerBonus(e);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        ContainerStats cur = stats.get(best);
        for (Element p = best.parent(); p != null; p = p.parent()) {
            ContainerStats ps = stats.get(p);
            if (ps == null) {
                break; // above the bounded climb of every block
            }
            int goodGain = ps.goodChars - cur.goodChars;
            int badGain = ps.badChars - cur.badChars;
            boolean pageLevel = p.normalName().equals("body") || p.normalName().equals("html");
            if (pageLevel && goodGain < cur.goodChars) {
                break; // the whole page only when most of its good text lies outside the container
            }
            if (goodGain >= MIN_CLIMB_GAIN && goodGain >= 1.5 * badGain) {
                best = p;
                cur = ps;
            } else if (goodGain >= MIN_CLIMB_GAIN) {
                break;
            }
            // no (or only a heading's worth of) new good text: keep climbing to find where good text is added
        }
        return best;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    static final int MAX_ANCESTORS = 200;

    /** Good text a parent must add before it is judged worth growing into (more than a heading's worth). */
    static final int MIN_CLIMB_GAIN = 50;

    /**
     * Elements that say they hold the article (trafilatura's BODY_XPATH idea: {@code entry-content},
     * {@code article-body}, {@code itemprop=articleBody}, {@code <article>}) are preferred over an
     * anonymous wrapper with similar text.
     */
    private static double containerBonus(Element e) {
        String tag = e.normalName();
        double bonus = tag.equals("article") ? 1.2 : tag.equals("main") ? 1.1 : 1.0;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 1.5;
        }
        String cls = e.className();
        String id = e.id();
        if ((!cls.isEmpty() || !id.isEmpty()) && BoilerplateHints.classify(cls, id) == BoilerplateHints.CONTENT) {
            bonus *= 1.3;
        }
        return bonus;
    }

    static boolean isInside(Element e, Element container) {
        int hops = 0;
        for (Element p = e; p != null && hops++ < MAX_ANCESTORS; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** A long, link-free, prose block outside the main container is still kept (recall). */
    private static boolean isCleanProse(TextBlock b) {
        return b.boilerplate == 0 && b.length() >= 300 && b.linkDensity() < 0.1 && b.sentenceMarks >= 2;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output

    /**
     * One line per block (lines of a {@code <br>} block stay lines); a blank line between groups. A block
     * whose text was already written (carousel clones, the same teaser for mobile and desktop) is left out.
     */
    static String render(List<TextBlock> blocks, boolean[] kept) {
        StringBuilder out = new StringBuilder();
        TextBlock prev = null;
        java.util.HashSet<String> written = new java.util.HashSet<>();
        for (TextBlock b : blocks) {
            if (!kept[b.index]) {
                continue;
            }
            if (b.length() >= 40 && !written.add(b.text)) {
                kept[b.index] = false;
                continue;
            }
            if (prev != null) {
                boolean sameGroup = b.group != null && b.group == prev.group;
                out.append(sameGroup ? "\n" : "\n\n");
            }
            out.append(b.text);
            prev = b;
        }
        return out.toString();
    }
}
