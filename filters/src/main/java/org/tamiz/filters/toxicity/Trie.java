package org.tamiz.filters.toxicity;

import java.util.Arrays;

/**
 * A character trie over normalised terms; a space edge joins the words of a phrase. Each node may end a
 * whole-word term ({@link Node#whole}) and a term that allows any ending ({@link Node#open}, "stem*").
 * Written by hand because the matcher walks it with l33t alternatives, repeated letters, masks and one edit,
 * which no Lucene automaton API offers cheaply per token.
 */
final class Trie {
    static final class Node {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_KIDS = new Node[0];
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        LexiconEntry whole;
        LexiconEntry open;
        /** Some entry below this node may match with a deleted / swapped letter: lets the walk skip edits. */
        boolean deletableBelow;
        boolean swappableBelow;

        Node child(char c) {
            char[] k = keys;
            int lo = 0, hi = k.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = k[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }

        Node childOrAdd(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return kids[at];
            }
            int ins = -at - 1;
            char[] nk = new char[keys.length + 1];
            Node[] nn = new Node[kids.length + 1];
            System.arraycopy(keys, 0, nk, 0, ins);
            System.arraycopy(kids, 0, nn, 0, ins);
            nk[ins] = c;
            Node made = new Node();
            nn[ins] = made;
            System.arraycopy(keys, ins, nk, ins + 1, keys.length - ins);
            System.arraycopy(kids, ins, nn, ins + 1, kids.length - ins);
            keys = nk;
            kids = nn;
            return made;
        }
    }

    final Node root = new Node();
    private int size;

    /** Adds a normalised term; a later entry for the same term and mode replaces an earlier one. */
    void add(String normalized, boolean openEnded, LexiconEntry entry) {
        Node n = root;
        for (int i = 0; i < normalized.length(); i++) {
            n = n.childOrAdd(normalized.charAt(i));
        }
        if (openEnded) {
            if (n.open == null) {
                size++;
            }
            n.open = entry;
        } else {
            if (n.whole == null) {
                size++;
            }
            n.whole = entry;
        }
    }

    /** Computes the edit flags bottom-up; call once after the last {@link #add}. */
    void seal() {
        seal(root);
    }

    private static void seal(Node n) {
        boolean del = false;
        boolean swap = false;
        for (Node k : n.kids) {
            seal(k);
            del |= k.deletableBelow || k.whole != null && k.whole.deleteOk() || k.open != null && k.open.deleteOk();
            swap |= k.swappableBelow || k.whole != null && k.whole.swapOk() || k.open != null && k.open.swapOk();
        }
        n.deletableBelow = del;
        n.swappableBelow = swap;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
