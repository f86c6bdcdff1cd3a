package org.tamiz.pipeline.html;

import org.jsoup.nodes.Element;

/**
 * One block of visible text: the text of a paragraph, heading, list item, table row, or of the text directly
 * inside a block container, with the cues the main-content classifier needs. Mutable only while
 * {@link PageWalker} builds it and {@link MainContentExtractor} classifies it, within one parse.
 */
final class TextBlock {
    static final int KIND_PARAGRAPH = 0;
    static final int KIND_HEADING = 1;
    static final int KIND_LIST_ITEM = 2;
    static final int KIND_TABLE_ROW = 3;
    static final int KIND_PRE = 4;
    static final int KIND_OTHER = 5;

    static final int CLASS_BAD = 0;
    static final int CLASS_SHORT = 1;
    static final int CLASS_NEAR_GOOD = 2;
    static final int CLASS_GOOD = 3;

    final String text;
    /** Characters of text that sit inside links. */
    final int linkChars;
    /** The block-level element whose text this is. */
    final Element owner;
    final int kind;
    /** The list or table this item/row belongs to (consecutive items of one group print as lines), else null. */
    final Element group;
    /** 2 inside a boilerplate tag or strongly hinted element (nav, footer, comments ...), 1 weakly hinted, else 0. */
    int boilerplate;
    /** The innermost strongly hinted element around this block, null when none. */
    final Element boilerplateRoot;
    /** True inside {@code <article>}, {@code <main>}, {@code itemprop=articleBody} or a content-hinted element. */
    final boolean contentHinted;
    /** Position in document order. */
    final int index;

    int words;
    int stopWords;
    int sentenceMarks;
    int commas;
    /** Class from the block's own cues, before its neighbours were considered. */
    int intrinsic;
    int cls;

    TextBlock(String text, int linkChars, Element owner, int kind, Element group, int boilerplate,
            Element boilerplateRoot, boolean contentHinted, int index) {
        this.boilerplateRoot = boilerplateRoot;
        this.text = text;
        this.linkChars = linkChars;
        this.owner = owner;
        this.kind = kind;
        this.group = group;
        this.boilerplate = boilerplate;
        this.contentHinted = contentHinted;
        this.index = index;
    }

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    double stopWordDensity() {
        return words == 0 ? 0 : (double) stopWords / words;
    }

    @Override
    public String toString() {
        return "[" + index + " " + owner.tagName() + " k" + kind + " c" + cls + " bp" + boilerplate
                + (contentHinted ? " ch" : "") + " ld" + String.format("%.2f", linkDensity()) + " sd"
                + String.format("%.2f", stopWordDensity()) + "] " + (text.length() > 80 ? text.substring(0, 80) : text);
    }
}
