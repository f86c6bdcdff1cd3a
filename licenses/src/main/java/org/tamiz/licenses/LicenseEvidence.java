package org.tamiz.licenses;

import java.io.Serializable;

/**
 * One piece of licence evidence found in a document.
 *
 * @param method   how it was found: {@code config_source}, {@code config_domain}, {@code metadata}, {@code spdx_header},
 *                 {@code license_file}, {@code rel_license}, {@code link_header}, {@code meta}, {@code json_ld},
 *                 {@code text_statement}, {@code cc_link}, {@code license_link}, {@code cc_url_in_text},
 *                 {@code attribution}, {@code mention}
 * @param position where: {@code config}, {@code metadata}, {@code http_header}, {@code head}, {@code main},
 *                 {@code boilerplate}, {@code text}
 * @param snippet  the evidence itself, at most 300 characters
 * @param spdx     the licence it points to (SPDX id, {@code LicenseRef-...} or an SPDX expression)
 */
public record LicenseEvidence(String method, String position, String snippet, String spdx) implements Serializable {
    public static final int MAX_SNIPPET = 300;

    public LicenseEvidence {
        snippet = clip(snippet);
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_SNIPPET ? flat : flat.substring(0, MAX_SNIPPET - 1) + "…";
    }
}
