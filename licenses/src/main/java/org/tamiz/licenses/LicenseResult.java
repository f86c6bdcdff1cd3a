package org.tamiz.licenses;

import java.io.Serializable;
import java.util.List;

/**
 * The licence decided for one document.
 *
 * @param spdx                SPDX id or expression, {@code LicenseRef-...} where SPDX has no id, {@code unknown} when no
 *                            licence was found, {@code NOASSERTION} when the evidence conflicts
 * @param category            public_domain, permissive, copyleft_share_alike, non_commercial, no_derivatives,
 *                            restricted, unknown, conflicting
 * @param commercialOk        commercial use allowed (null when not known)
 * @param attributionRequired attribution required (null when not known)
 * @param shareAlikeRequired  derivatives must carry the same licence (null when not known)
 * @param derivativesAllowed  adaptations allowed (null when not known)
 * @param confidence          in [0, 1]: how strong the deciding evidence is; 0 for unknown
 * @param evidence            every piece of evidence found, deciding ones first
 */
public record LicenseResult(String spdx, String category, Boolean commercialOk, Boolean attributionRequired,
                            Boolean shareAlikeRequired, Boolean derivativesAllowed, double confidence,
                            List<LicenseEvidence> evidence) implements Serializable {
    public static final String UNKNOWN = "unknown";
    public static final String NOASSERTION = "NOASSERTION";

    public LicenseResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static LicenseResult unknown(List<LicenseEvidence> evidence) {
        return new LicenseResult(UNKNOWN, LicenseCategory.UNKNOWN, null, null, null, null, 0.0, evidence);
    }

    public boolean isKnown() {
        return !UNKNOWN.equals(spdx) && !NOASSERTION.equals(spdx);
    }
}
