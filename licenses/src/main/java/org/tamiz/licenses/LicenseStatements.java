package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
                     boolean mention, String snippet) {
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

    /**
     * Cheap test before the trigger scan, on the lower-cased text: a statement always has a licence noun, a CC name
     * or a licence alias within a sentence of its trigger, so the trigger regex only runs around these words.
     */
    private static final String[] NEEDLES = {"licen", "lizen", "lisen", "litsen", "llicèn", "licén", "liċen",
            "лиценз", "лиценц", "ліценз", "άδει", "ceadúnas", "rwydded", "creative commons", "creative-commons",
            "creativecommons", "cc by", "cc-by", "cc0", "cc zero", "cc-0", "cc pdm", "cc-pdm", "public domain mark",
            "gpl", "apache", "etalab", "odbl", "odc-by", "dl-de", "eupl", "nlod", "open government"};
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "[”\"»][\\s\\u00A0]*,?[\\s\\u00A0]*(?:by|von|de|par|di|door|av|af|przez|od|por|da|от|від|από)[\\s\\u00A0]"
                    + "|\\b(?:photos?|images?|pictures?|illustrations?|icons?|logos?|videos?|fotos?|bild|bilder|imagen"
                    + "|immagine|imagem|imatge|imaxe|irudia|afbeelding|afbeeldingen|billede|bilde|bild|kép|képek|obraz"
                    + "|obrázek|zdjęcie|fotografia|fotografie|slika|kuva|pilt|attēls|nuotrauka|grianghraf|delwedd|stampa"
                    + "|imagine|εικόνα|φωτογραφία|фото|фотография|изображение|снимка|зображення|світлина)\\b"
                    + "|\\bwikimedia commons\\b", FLAGS);

    private static final class Holder {
        /** The language rows: verbs and prepositions that state a licence ("licensed under", "bajo licencia"). */
        static final Pattern TRIGGERS = loadTriggers(false);
        /** The "*" row: the bare noun "licence" in many languages ("the MIT licence"). */
        static final Pattern NOUN_TRIGGERS = loadTriggers(true);
    }

    private LicenseStatements() {
    }

    static List<Statement> find(String text) {
        List<Statement> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String lower = lowerCaseSameLength(text);
        if (text.length() <= 2 * SCAN_WINDOW) {
            scan(text, lower, 0, text.length(), out);
        } else {
            scan(text, lower, 0, SCAN_WINDOW, out);
            scan(text, lower, text.length() - SCAN_WINDOW, text.length(), out);
        }
        return out;
    }

    /** Lower-cases char by char, so that every index in the result is the same index in the original. */
    static String lowerCaseSameLength(String text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(c);
    }

    /**
     * Runs the (large) trigger alternation only in windows around needle hits: trying ~200 alternatives,
     * case-insensitively, at every position of a text is what made a first version slow (7 ms a page). The
     * alternation runs case-sensitively on the lower-cased text, which is several times faster again.
     */
    private static void scan(String text, String lower, int from, int to, List<Statement> out) {
        List<int[]> windows = new ArrayList<>();
        for (String needle : NEEDLES) {
            for (int i = lower.indexOf(needle, from); i >= 0 && i < to; i = lower.indexOf(needle, i + needle.length())) {
                windows.add(new int[]{Math.max(from, i - BEFORE - AFTER), Math.min(to, i + needle.length() + BEFORE + AFTER)});
            }
        }
        if (windows.isEmpty()) {
            return;
        }
        windows.sort((a, b) -> Integer.compare(a[0], b[0]));
        Set<Integer> seenNames = new HashSet<>();
        Map<Long, List<LicenseNames.Found>> namesBySentence = new HashMap<>();
        int ws = windows.get(0)[0];
        int we = windows.get(0)[1];
        for (int[] w : windows) {
            if (w[0] <= we) {
                we = Math.max(we, w[1]);
            } else {
                scanWindow(text, lower, ws, we, from, to, out, seenNames, namesBySentence);
                ws = w[0];
                we = w[1];
            }
        }
        scanWindow(text, lower, ws, we, from, to, out, seenNames, namesBySentence);
    }

    private static void scanWindow(String text, String lower, int ws, int we, int from, int to, List<Statement> out,
                                   Set<Integer> seenNames, Map<Long, List<LicenseNames.Found>> namesBySentence) {
        for (Pattern triggers : new Pattern[]{Holder.TRIGGERS, Holder.NOUN_TRIGGERS}) {
            boolean nounOnly = triggers == Holder.NOUN_TRIGGERS;
            Matcher m = triggers.matcher(lower).region(ws, we);
            while (m.find()) {
                int sentenceStart = sentenceStart(text, m.start(), Math.max(from, m.start() - BEFORE));
                int sentenceEnd = sentenceEnd(text, m.end(), Math.min(to, m.end() + AFTER));
                List<LicenseNames.Found> names = namesBySentence.computeIfAbsent(((long) sentenceStart << 32)
                        | sentenceEnd, k -> LicenseNames.findAll(text, sentenceStart, sentenceEnd));
                Optional<LicenseNames.Found> name = LicenseNames.nearest(names, m.start());
                if (name.isEmpty() || !seenNames.add(name.get().start())) {
                    continue;
                }
                String before = text.substring(sentenceStart, Math.max(sentenceStart, name.get().start()));
                boolean attribution = ATTRIBUTION.matcher(before).find();
                // "the MIT licence" names a licence without stating that anything is under it; only CC names
                // and licence URLs (which pages use for exactly that purpose) count after the bare noun.
                String spdx = name.get().spdx();
                boolean linked = text.startsWith("http", name.get().start()) || text.startsWith("//", name.get().start());
                boolean mention = nounOnly && !linked && !(spdx.startsWith("CC") || spdx.startsWith("LicenseRef-CC"));
                out.add(new Statement(spdx, sentenceStart, sentenceEnd, attribution,
                        isPageLevelPosition(m.start(), text.length()), mention,
                        text.substring(sentenceStart, sentenceEnd)));
            }
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

    /** Rows in one alternation, lower-cased outside escapes, matched case-sensitively on lower-cased text. */
    private static Pattern loadTriggers(boolean nounRow) {
        StringBuilder alternation = new StringBuilder();
        for (String[] row : LicenseNames.readTable("license-statements.tsv", 2)) {
            if (row[0].equals("*") != nounRow) {
                continue;
            }
            alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(lowerOutsideEscapes(row[1]))
                    .append(')');
        }
        return Pattern.compile(alternation.toString(), Pattern.UNICODE_CHARACTER_CLASS);
    }

    static String lowerOutsideEscapes(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                b.append(c).append(regex.charAt(++i));
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
