package org.tamiz.licenses;

import java.io.Serializable;

/** What a licence allows: its category and the four booleans (null = not known). */
record LicenseTerms(String category, Boolean commercialOk, Boolean attributionRequired, Boolean shareAlikeRequired,
                    Boolean derivativesAllowed) implements Serializable {
    static final LicenseTerms UNKNOWN = new LicenseTerms(LicenseCategory.UNKNOWN, null, null, null, null);

    /** Terms of a Creative Commons licence from its elements (BY, SA, NC, ND); public-domain tools have none. */
    static LicenseTerms ofCreativeCommons(boolean by, boolean sa, boolean nc, boolean nd) {
        String category;
        if (nc) {
            category = LicenseCategory.NON_COMMERCIAL;   // NC-ND counts as non_commercial: NC is the first restriction
        } else if (nd) {
            category = LicenseCategory.NO_DERIVATIVES;
        } else if (sa) {
            category = LicenseCategory.COPYLEFT_SHARE_ALIKE;
        } else if (by) {
            category = LicenseCategory.PERMISSIVE;
        } else {
            category = LicenseCategory.PUBLIC_DOMAIN;
        }
        return new LicenseTerms(category, !nc, by, sa, !nd);
    }
}
