package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateHintsTest {

    @Test
    void classNamesOfRealTemplates() {
        // WordPress, Genesis, Drupal, MediaWiki, Bootstrap and BEM-style names seen on real sites.
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("site-footer", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("", "comments"));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("comment-content", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("jp-relatedposts", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("widget widget_recent_entries", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("mw-editsection", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("footerNav", ""));
        assertEquals(BoilerplateHints.STRONG_BOILERPLATE, BoilerplateHints.classify("share-buttons", ""));
        assertEquals(BoilerplateHints.CONTENT, BoilerplateHints.classify("entry-content", ""));
        assertEquals(BoilerplateHints.CONTENT, BoilerplateHints.classify("", "article-body"));
        assertEquals(BoilerplateHints.CONTENT, BoilerplateHints.classify("mw-parser-output", ""));
        assertEquals(BoilerplateHints.WEAK_BOILERPLATE, BoilerplateHints.classify("byline", ""));
        assertEquals(BoilerplateHints.NEUTRAL, BoilerplateHints.classify("entry-meta", ""));
        // layout state on the page, and layout boxes around content and sidebar, are not boilerplate
        assertEquals(BoilerplateHints.NEUTRAL, BoilerplateHints.classify("has-sidebar", ""));
        assertEquals(BoilerplateHints.NEUTRAL, BoilerplateHints.classify("content-sidebar-wrap", ""));
        assertEquals(BoilerplateHints.NEUTRAL, BoilerplateHints.classify("hidden-xs col-md-8", ""));
        assertEquals(BoilerplateHints.NEUTRAL, BoilerplateHints.classify("", ""));
    }

    @Test
    void commentSectionsAndCopyrightLines() {
        assertTrue(BoilerplateHints.isCommentLike("comments-area"));
        assertTrue(BoilerplateHints.isCommentLike("reactions"));
        assertTrue(BoilerplateHints.isCommentLike("Kommentare"));
        assertFalse(BoilerplateHints.isCommentLike("entry-content"));
        assertTrue(BoilerplateHints.isCopyrightLine("© 2024 Riverside Gazette. All rights reserved."));
        assertTrue(BoilerplateHints.isCopyrightLine("Powered by vBulletin® Version 4.2.5"));
        assertFalse(BoilerplateHints.isCopyrightLine("The council voted on Tuesday evening to build new cycle lanes."));
    }
}
