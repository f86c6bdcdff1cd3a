package org.tamiz.filters.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tamiz.filters.text.PyText;

/**
 * Word n-gram statistics for Gopher's repetition rules without building n-gram strings: words become integer
 * ids, n-grams are hashed over id sequences with an exact equality check (an open-addressing table of start
 * positions). Equal id sequences are equal space-joined n-grams; datatrove joins the 5..10-grams without a
 * separator, which can make two different word sequences equal ("ab c" / "a bc") — ignored here, as rare.
 */
final class NGrams {
    private static final long BASE = 0x9E3779B97F4A7C15L;
    private final int[] ids;
    private final int[] lens; // code points per word
    private final long[] prefix; // prefix[i] = hash of ids[0..i)
    private final long[] pow;

    NGrams(List<String> words) {
        int n = words.size();
        ids = new int[n];
        lens = new int[n];
        Map<String, Integer> dict = new HashMap<>(Math.max(16, n));
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            Integer id = dict.get(w);
            if (id == null) {
                id = dict.size() + 1;
                dict.put(w, id);
            }
            ids[i] = id;
            lens[i] = PyText.len(w);
        }
        prefix = new long[n + 1];
        pow = new long[12];
        pow[0] = 1;
        for (int k = 1; k < pow.length; k++) pow[k] = pow[k - 1] * BASE;
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] * BASE + ids[i] * 0xBF58476D1CE4E5B9L + 1;
    }

    private long hash(int start, int n) {
        return prefix[start + n] - prefix[start] * pow[n];
    }

    private boolean same(int a, int b, int n) {
        for (int k = 0; k < n; k++) if (ids[a + k] != ids[b + k]) return false;
        return true;
    }

    private int chars(int start, int n) {
        int c = 0;
        for (int k = 0; k < n; k++) c += lens[start + k];
        return c;
    }

    /** A set/counter of n-grams keyed by start position; one instance is reused for every n. */
    private final class Table {
        int n;
        final int[] slotStart;
        final int[] slotCount;
        final long[] slotHash;
        final int[] used;
        int usedCount;
        final int mask;

        Table(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            slotStart = new int[cap];
            slotCount = new int[cap];
            slotHash = new long[cap];
            used = new int[Math.max(1, expected)];
            java.util.Arrays.fill(slotStart, -1);
            mask = cap - 1;
        }

        void reset(int n) {
            for (int k = 0; k < usedCount; k++) {
                slotStart[used[k]] = -1;
                slotCount[used[k]] = 0;
            }
            usedCount = 0;
            this.n = n;
        }

        /** Slot holding the n-gram at {@code start}, inserting it (count 0) when absent. */
        int slot(int start) {
            long h = hash(start, n);
            int i = (int) (h ^ (h >>> 29)) & mask;
            while (slotStart[i] >= 0) {
                if (slotHash[i] == h && same(slotStart[i], start, n)) return i;
                i = (i + 1) & mask;
            }
            slotStart[i] = start;
            slotHash[i] = h;
            used[usedCount++] = i;
            return i;
        }
    }

    private Table table;

    private Table table(int n) {
        if (table == null) table = new Table(Math.max(1, ids.length - 1));
        table.reset(n);
        return table;
    }

    /**
     * Characters covered by the most frequent n-gram: count × length of its space-joined string; ties go to the
     * n-gram seen first (as {@code Counter.most_common(1)}). 0 when there are fewer than n words.
     */
    double topCharLength(int n) {
        int count = ids.length - n + 1;
        if (count <= 0) return 0;
        Table t = table(n);
        for (int i = 0; i < count; i++) t.slotCount[t.slot(i)]++;
        // slots were created in order of first occurrence: the first maximum is Counter.most_common(1)'s pick
        int bestSlot = t.used[0];
        for (int k = 1; k < t.usedCount; k++) {
            int slot = t.used[k];
            if (t.slotCount[slot] > t.slotCount[bestSlot]) bestSlot = slot;
        }
        int start = t.slotStart[bestSlot];
        return (double) (chars(start, n) + n - 1) * t.slotCount[bestSlot];
    }

    /** datatrove's {@code find_all_duplicate}: greedy scan, skipping n words after each repeated n-gram. */
    double greedyDuplicateChars(int n) {
        int count = ids.length - n + 1;
        if (count <= 0) return 0;
        Table t = table(n);
        long repeated = 0;
        int idx = 0;
        while (idx < count) {
            int s = t.slot(idx);
            if (t.slotCount[s] > 0) {
                repeated += chars(idx, n);
                idx += n;
            } else {
                t.slotCount[s] = 1;
                idx++;
            }
        }
        return repeated;
    }
}
