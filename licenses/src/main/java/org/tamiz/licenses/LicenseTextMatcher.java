package org.tamiz.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a full licence text (a LICENSE or COPYING file) by comparing its word 5-grams with those of every
 * non-deprecated licence text in the SPDX list. Written by hand because the SPDX library's own matcher
 * ({@code LicenseCompareHelper}) needs the whole library at run time and compares against every licence
 * template one at a time; an inverted index over hashed shingles answers in about a millisecond.
 * Built lazily once per JVM (reads ~20 MB of SPDX JSON, about a second); immutable afterwards.
 */
final class LicenseTextMatcher {
    /** A match: the licence, the share of the licence's shingles found in the text, and of the text's in it. */
    record Match(String spdx, double licenceCoverage, double textCoverage) {
    }

    private static final int SHINGLE = 5;
    /** Licences shorter than this many shingles (a one-line notice) are too short to match reliably. */
    private static final int MIN_SHINGLES = 25;

    private static final class Holder {
        static final LicenseTextMatcher INSTANCE = build();
    }

    private final String[] ids;
    private final int[] sizes;
    private final long[] postingHashes;   // sorted
    private final int[] postingLicence;   // licence index for each posting, parallel to postingHashes

    private LicenseTextMatcher(String[] ids, int[] sizes, long[] hashes, int[] licences) {
        this.ids = ids;
        this.sizes = sizes;
        this.postingHashes = hashes;
        this.postingLicence = licences;
    }

    static LicenseTextMatcher get() {
        return Holder.INSTANCE;
    }

    int licenceCount() {
        return ids.length;
    }

    /**
     * The licence whose text this is: at least {@code minLicenceCoverage} of its shingles must be present; among
     * those, the one covering most of the text wins (so MIT beats MIT-0, whose text MIT contains), then the
     * shorter id (so for the identical GPL-3.0-only/-or-later texts the -only id is reported).
     */
    Optional<Match> match(String text, double minLicenceCoverage) {
        long[] doc = shingles(text);
        if (doc.length < MIN_SHINGLES) {
            return Optional.empty();
        }
        int[] counts = new int[ids.length];
        for (long h : doc) {
            int i = Arrays.binarySearch(postingHashes, h);
            if (i < 0) {
                continue;
            }
            while (i > 0 && postingHashes[i - 1] == h) {
                i--;
            }
            for (; i < postingHashes.length && postingHashes[i] == h; i++) {
                counts[postingLicence[i]]++;
            }
        }
        Match best = null;
        for (int l = 0; l < ids.length; l++) {
            double cover = counts[l] / (double) sizes[l];
            if (cover < minLicenceCoverage) {
                continue;
            }
            Match m = new Match(ids[l], cover, counts[l] / (double) doc.length);
            if (best == null || m.textCoverage() > best.textCoverage() + 1e-9
                    || (Math.abs(m.textCoverage() - best.textCoverage()) <= 1e-9
                    && (m.spdx().length() < best.spdx().length()
                    || (m.spdx().length() == best.spdx().length() && m.spdx().compareTo(best.spdx()) < 0)))) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Sorted distinct hashes of the word 5-grams of a text (lower-cased letters and digits only). */
    static long[] shingles(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        if (words.size() < SHINGLE) {
            return new long[0];
        }
        long[] out = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) {
                String s = words.get(i + k);
                for (int j = 0; j < s.length(); j++) {
                    h = 31 * h + s.charAt(j);
                }
                h = 31 * h + ' ';
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static LicenseTextMatcher build() {
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<long[]> sets = new ArrayList<>();
        for (SpdxLicenseList.Entry e : SpdxLicenseList.get().entries()) {
            if (e.deprecated()) {
                continue;
            }
            try (InputStream in = LicenseTextMatcher.class.getResourceAsStream(
                    SpdxLicenseList.RESOURCE_DIR + e.id() + ".json")) {
                if (in == null) {
                    continue;
                }
                JsonNode n = mapper.readTree(in);
                long[] s = shingles(n.path("licenseText").asText(""));
                if (s.length >= MIN_SHINGLES) {
                    ids.add(e.id());
                    sets.add(s);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        int total = 0;
        for (long[] s : sets) {
            total += s.length;
        }
        long[] keys = new long[total];
        int[] order = new int[total];
        int k = 0;
        for (int l = 0; l < sets.size(); l++) {
            for (long h : sets.get(l)) {
                keys[k] = h;
                order[k] = l;
                k++;
            }
        }
        // Sort postings by hash, carrying the licence index along.
        Integer[] idx = new Integer[total];
        for (int i = 0; i < total; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] hashes = new long[total];
        int[] licences = new int[total];
        for (int i = 0; i < total; i++) {
            hashes[i] = keys[idx[i]];
            licences[i] = order[idx[i]];
        }
        int[] sizes = new int[sets.size()];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = sets.get(l).length;
        }
        return new LicenseTextMatcher(ids.toArray(new String[0]), sizes, hashes, licences);
    }

    static boolean looksLikeLicenceFileName(String source) {
        if (source == null) {
            return false;
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.matches("(licen[cs]e|copying|unlicense|copyright)([._-].*)?");
    }
}
