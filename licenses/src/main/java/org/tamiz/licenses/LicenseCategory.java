package org.tamiz.licenses;

import java.util.List;

/** The licence categories (union of the Data Provenance Initiative, The Stack v2 and Common Pile; REFERENCE.md §5). */
public final class LicenseCategory {
    public static final String PUBLIC_DOMAIN = "public_domain";
    public static final String PERMISSIVE = "permissive";
    public static final String COPYLEFT_SHARE_ALIKE = "copyleft_share_alike";
    public static final String NON_COMMERCIAL = "non_commercial";
    public static final String NO_DERIVATIVES = "no_derivatives";
    public static final String RESTRICTED = "restricted";
    public static final String UNKNOWN = "unknown";
    public static final String CONFLICTING = "conflicting";

    /** All categories, from least to most restrictive (unknown and conflicting last). */
    public static final List<String> ALL = List.of(PUBLIC_DOMAIN, PERMISSIVE, COPYLEFT_SHARE_ALIKE, NON_COMMERCIAL,
            NO_DERIVATIVES, RESTRICTED, UNKNOWN, CONFLICTING);

    private LicenseCategory() {
    }

    static boolean isValid(String category) {
        return ALL.contains(category);
    }

    /** Rank used to combine SPDX expressions: AND takes the most restrictive, OR the least. */
    static int restrictiveness(String category) {
        int i = ALL.indexOf(category);
        return i < 0 ? ALL.size() : i;
    }
}
