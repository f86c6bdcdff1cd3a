package org.tamiz.filters.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maltese words: the article and its fused prepositions are written with a hyphen ("il-bniedem",
 * "tal-Istat", "fid-dinja") and a few words end in an apostrophe ("ta'", "bla'"). FineWeb-2's Maltese stop words
 * ("l-", "tal-", "ta'", ...) are such tokens, so they are kept whole here: the article (with its hyphen) is one
 * token, the noun another; a final apostrophe stays on its word. Everything else goes to the generic rules.
 */
public final class MalteseWordSplitter implements WordSplitter {
    /** Article forms: (i)l- with assimilated consonant, and the prepositions fused with it. */
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)^((?:i|ta|fi|f|mi|b|bi|għa|għal|lil|li|ma|sa|da|ka|bħa|ġo|lejn|minn)?[lċdnrstxżz]-)(\\p{L}.*)$");
    private static final Pattern APOSTROPHE_WORD = Pattern.compile("(?iu)^(ta'|bla'|sa'|le'|lil'|mo'|ma')(.*)$");
    private static final MalteseWordSplitter INSTANCE = new MalteseWordSplitter();
    private final SpacyRuleTokenizer base = SpacyRuleTokenizer.generic();

    public static MalteseWordSplitter get() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "spacy_mt";
    }

    @Override
    public void split(String text, int from, int to, List<String> out) {
        List<String> tmp = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (PyText.isSpace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < to && !PyText.isSpace(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            String chunk = text.substring(start, i);
            Matcher m = ARTICLE.matcher(chunk);
            Matcher a = APOSTROPHE_WORD.matcher(chunk);
            if (m.matches()) {
                out.add(m.group(1));
                tmp.clear();
                base.split(m.group(2), 0, m.group(2).length(), out);
            } else if (a.matches()) {
                out.add(a.group(1));
                if (!a.group(2).isEmpty()) base.split(a.group(2), 0, a.group(2).length(), out);
            } else {
                base.split(chunk, 0, chunk.length(), out);
            }
        }
    }
}
