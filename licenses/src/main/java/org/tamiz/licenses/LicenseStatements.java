package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds licence statements in running text in the 35 languages ("bajo licencia CC BY-SA 4.0", "sota llicència",
 * "unter der Lizenz", "is licensed under a Creative Commons Attribution 4.0 International License") using the
 * trigger table {@code license-statements.tsv}, and reads the licence from the same sentence with
 * {@link LicenseNames}. Statements about a third-party work (a photo caption: "“Title” by Author is licensed
 * under CC BY 2.0") are marked as attributions: they license the image, not the page.
 */
final class LicenseStatements {
    /**
     * One statement: the licence, where its sentence is, whether it is a third-party attribution, and whether it
     * sits where page-level statements sit (see {@link #isPageLevelPosition}).
     */
    record Statement(String spdx, int sentenceStart, int sentenceEnd, boolean attribution, boolean pageLevel,
                     String snippet) {
    }

    /** Texts shorter than this are all "edge": a short text's statement is about the text. */
    private static final int SHORT_TEXT = 1500;

    /**
     * Page-level licence statements sit at the edges of the main text (a header note, a closing "This article is
     * licensed under..."); one in the middle of a long text is usually about something the text discusses
     * ("Many of the lessons on Khan Academy are licensed under CC BY-NC-SA"). Language-independent on purpose.
     */
    static boolean isPageLevelPosition(int position, int textLength) {
        return textLength <= SHORT_TEXT || position <= textLength * 0.2 || position >= textLength * 0.7;
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final int BEFORE = 120;
    private static final int AFTER = 160;
    /** Scan at most this much of the head and of the tail of a long text: statements sit near either end. */
    private static final int SCAN_WINDOW = 100_000;

    private static final Pattern LICENCE_NOUN = Pattern.compile(
            "licen|lizen|lisen|litsen|llicèn|licén|liċen|лиценз|лиценц|ліценз|άδει|ceadúnas|trwydded", FLAGS);

    /**
     * A licence link's anchor that is empty (an image badge) or says "licence" in some language reads as a site
     * licence badge; a short label such as "CC BY 2.0" is how credits for third-party works are written.
     */
    static boolean isBadgeAnchor(String anchorText) {
        return anchorText == null || anchorText.isBlank() || LICENCE_NOUN.matcher(anchorText).find();
    }

    /** Cheap test before the trigger scan: no licence noun and no CC name means no statement can resolve. */
    private static final Pattern PREFILTER = Pattern.compile(
            "licen|lizen|lisen|litsen|llicèn|licén|liċen|лиценз|лиценц|ліценз|άδει|ceadúnas|trwydded|creative.?commons"
                    + "|\\bcc[\\s-]?(?:by|0|zero)\\b", FLAGS);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "[”\"»][\\s\\u00A0]*,?[\\s\\u00A0]*(?:by|von|de|par|di|door|av|af|przez|od|por|da|от|від|από)[\\s\\u00A0]"
                    + "|\\b(?:photos?|images?|pictures?|illustrations?|icons?|logos?|videos?|fotos?|bild|bilder|imagen"
                    + "|immagine|imagem|imatge|imaxe|irudia|afbeelding|afbeeldingen|billede|bilde|bild|kép|képek|obraz"
                    + "|obrázek|zdjęcie|fotografia|fotografie|slika|kuva|pilt|attēls|nuotrauka|grianghraf|delwedd|stampa"
                    + "|imagine|εικόνα|φωτογραφία|фото|фотография|изображение|снимка|зображення|світлина)\\b"
                    + "|\\bwikimedia commons\\b", FLAGS);

    private static final class Holder {
        static final Pattern TRIGGERS = loadTriggers();
    }

    private LicenseStatements() {
    }

    static List<Statement> find(String text) {
        List<Statement> out = new ArrayList<>();
        if (text == null || text.isEmpty() || !PREFILTER.matcher(text).find()) {
            return out;
        }
        if (text.length() <= 2 * SCAN_WINDOW) {
            scan(text, 0, text.length(), out);
        } else {
            scan(text, 0, SCAN_WINDOW, out);
            scan(text, text.length() - SCAN_WINDOW, text.length(), out);
        }
        return out;
    }

    /**
     * Runs the (large) trigger alternation only around prefilter hits: trying ~200 alternatives at every position
     * of a long text is what made a first version slow (7 ms a page); a statement always has a licence noun or a
     * CC name within a sentence of its trigger, so windows of ±(BEFORE+AFTER) around the hits lose nothing.
     */
    private static void scan(String text, int from, int to, List<Statement> out) {
        Matcher hit = PREFILTER.matcher(text).region(from, to);
        Set<Integer> seenNames = new HashSet<>();
        int windowStart = -1;
        int windowEnd = -1;
        while (hit.find()) {
            int ws = Math.max(from, hit.start() - BEFORE - AFTER);
            int we = Math.min(to, hit.end() + BEFORE + AFTER);
            if (windowStart >= 0 && ws <= windowEnd) {
                windowEnd = Math.max(windowEnd, we);
                continue;
            }
            if (windowStart >= 0) {
                scanWindow(text, windowStart, windowEnd, from, to, out, seenNames);
            }
            windowStart = ws;
            windowEnd = we;
        }
        if (windowStart >= 0) {
            scanWindow(text, windowStart, windowEnd, from, to, out, seenNames);
        }
    }

    private static void scanWindow(String text, int ws, int we, int from, int to, List<Statement> out,
                                   Set<Integer> seenNames) {
        Matcher m = Holder.TRIGGERS.matcher(text).region(ws, we);
        while (m.find()) {
            int sentenceStart = sentenceStart(text, m.start(), Math.max(from, m.start() - BEFORE));
            int sentenceEnd = sentenceEnd(text, m.end(), Math.min(to, m.end() + AFTER));
            Optional<LicenseNames.Found> name = LicenseNames.findNearest(text, sentenceStart, sentenceEnd, m.start());
            if (name.isEmpty() || !seenNames.add(name.get().start())) {
                continue;
            }
            String before = text.substring(sentenceStart, Math.max(sentenceStart, name.get().start()));
            boolean attribution = ATTRIBUTION.matcher(before).find();
            out.add(new Statement(name.get().spdx(), sentenceStart, sentenceEnd, attribution,
                    isPageLevelPosition(m.start(), text.length()), text.substring(sentenceStart, sentenceEnd)));
        }
    }

    /**
     * True when the first sentence of {@code text} that contains {@code anchorText} reads as a credit for a
     * third-party work ("“Title” by Author is licensed via CC BY 2.0", "Photo: ..."). Used for licence links
     * inside the main content, whose anchor text is all the pipeline gives us about their context.
     */
    static boolean inAttribution(String text, String anchorText) {
        if (text == null || anchorText == null || anchorText.isBlank()) {
            return false;
        }
        int at = text.indexOf(anchorText.trim());
        if (at < 0) {
            return false;
        }
        int start = sentenceStart(text, at, Math.max(0, at - 2 * BEFORE));
        return ATTRIBUTION.matcher(text.substring(start, at)).find();
    }

    private static int sentenceStart(String text, int pos, int floor) {
        for (int i = pos - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '?' || c == '|') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return floor;
    }

    private static int sentenceEnd(String text, int pos, int ceiling) {
        for (int i = pos; i < ceiling; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '?' || c == '|')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return ceiling;
    }

    private static Pattern loadTriggers() {
        StringBuilder alternation = new StringBuilder();
        for (String[] row : LicenseNames.readTable("license-statements.tsv", 2)) {
            alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(row[1]).append(')');
        }
        return Pattern.compile(alternation.toString(), FLAGS);
    }
}
