package org.tamiz.filters.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The compiled lexicon of one language: an anchored trie (whole words, "stem*" inflection patterns,
 * phrases) and a floating trie for compound parts ("*head" ends a word, "*part*" anywhere inside one).
 *
 * <p>File format (UTF-8, one term per line, {@code #} starts a comment):
 * <pre>term&lt;TAB&gt;category&lt;TAB&gt;severity[&lt;TAB&gt;flags]</pre>
 * A line with only a term (LDNOOBW style) is {@code obscene}, severity 2. {@code @include xx} pulls in the
 * bundled lexicon of language {@code xx}. Flags: {@code ctx} (counts only near an identity or target word),
 * {@code grp} (counts only near an identity word), {@code swap} (an open stem may match with two letters swapped),
 * {@code nofuzzy} (never matched with an edit).
 */
final class Lexicon {
    private static final String RESOURCE_DIR = "/org/tamiz/filters/toxicity/lexicon/";

    final Trie anchored = new Trie();
    final Trie floating = new Trie();
    /** Lines read, for the "few hundred entries per language" floor and the docs. */
    private int entries;
    /**
     * Smallest normalised length of a severe or identity entry that may match with two neighbouring letters
     * swapped ("wmoen", "nigegr"). Measured on clean sentences: four-letter words swap into ordinary words
     * (Estonian "seda" into "sead"), open stems too (Russian "поеб*" into "побед..."), and even five- and
     * six-letter profanity does (Finnish "poron" into "porno", Galician "carbón" into "cabrón"); so swaps are kept
     * for slurs and group names, and for any entry carrying the {@code swap} flag.
     */
    static final int SWAP_MIN_LENGTH = 5;
    /**
     * Smallest length of a severe entry that may match with one letter left out. Measured on clean Wikipedia
     * sentences: at 5-7 letters deletions turn ordinary words into hits (French "mère" for "merde", Dutch
     * "neer" for "neger", "romans" for "romanos"), so only long slurs get this tolerance. Identity words
     * ("muslims" written "muslms") get it from six letters: they never score alone, they only let a
     * context term count.
     */
    static final int DELETE_MIN_LENGTH = 8;

    int entries() {
        return entries;
    }

    static boolean hasBundled(String lang) {
        return Lexicon.class.getResource(RESOURCE_DIR + lang + ".tsv") != null;
    }

    void addBundled(String lang, ToxicityTokenNormalizer normalizer, Set<String> seen) {
        if (!seen.add(lang)) {
            return;
        }
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE_DIR + lang + ".tsv")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled lexicon for language " + lang);
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE_DIR + lang,
                normalizer, seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void addFile(Path file, ToxicityTokenNormalizer normalizer) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString(), normalizer, new HashSet<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader reader, String source, ToxicityTokenNormalizer normalizer, Set<String> seen)
        throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("@include ")) {
                addBundled(t.substring(9).strip(), normalizer, seen);
                continue;
            }
            try {
                addLine(line, normalizer);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
    }

    void addLine(String line, ToxicityTokenNormalizer normalizer) {
        String[] cols = line.split("\t");
        String term = cols[0].strip();
        Category category = cols.length > 1 ? Category.parse(cols[1]) : Category.OBSCENE;
        int severity = cols.length > 2 ? Integer.parseInt(cols[2].strip()) : (category.harmful() ? 2 : 0);
        if (severity < 0 || severity > 3) {
            throw new IllegalArgumentException("severity must be 0..3: " + line);
        }
        boolean ctx = false;
        boolean groupOnly = false;
        boolean noFuzzy = false;
        boolean swapFlag = false;
        for (int i = 3; i < cols.length; i++) {
            for (String flag : cols[i].toLowerCase(Locale.ROOT).split("[ ,]+")) {
                if (flag.equals("ctx")) {
                    ctx = true;
                } else if (flag.equals("grp")) {
                    ctx = true;
                    groupOnly = true;
                } else if (flag.equals("swap")) {
                    swapFlag = true;
                } else if (flag.equals("nofuzzy")) {
                    noFuzzy = true;
                } else if (!flag.isEmpty()) {
                    throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
        }
        boolean leadingStar = term.startsWith("*");
        boolean trailingStar = term.endsWith("*") && term.length() > 1;
        String core = term.substring(leadingStar ? 1 : 0, term.length() - (trailingStar ? 1 : 0));
        // text tokens never hold hyphens or apostrophes, so "va-t'en" is matched as the phrase "va t en"
        String normalized = normalizer.normalize(core).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip();
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        boolean editable = !noFuzzy && !leadingStar && normalized.indexOf(' ') < 0
            && (severity >= 2 || !category.harmful());
        LexiconEntry entry = new LexiconEntry(term, category, severity, ctx, groupOnly,
            swapFlag || (editable && normalized.length() >= SWAP_MIN_LENGTH && !trailingStar
                && (severity >= 3 || category == Category.IDENTITY)),
            editable && (severity >= 3 && normalized.length() >= DELETE_MIN_LENGTH
                || category == Category.IDENTITY && normalized.length() >= 6),
            normalized.indexOf(' ') >= 0);
        if (leadingStar) {
            floating.add(normalized, trailingStar, entry);
        } else {
            anchored.add(normalized, trailingStar, entry);
        }
        entries++;
    }

    /** Builds a language's lexicon from its bundled file (if any) plus user files. */
    static Lexicon build(String lang, ToxicityTokenNormalizer normalizer, boolean bundled, List<Path> extra) {
        Lexicon lex = new Lexicon();
        if (bundled && hasBundled(lang)) {
            lex.addBundled(lang, normalizer, new HashSet<>());
        }
        for (Path p : extra == null ? new ArrayList<Path>() : extra) {
            lex.addFile(p, normalizer);
        }
        lex.anchored.seal();
        lex.floating.seal();
        return lex;
    }
}
