package org.tamiz.licenses;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which licence categories and opt-outs exclude a document. From the {@code selection:} section of the YAML:
 * <pre>
 * selection:
 *   exclude_tdm_reserved: true                                        # reason tdm_opt_out
 *   exclude_categories: [non_commercial, no_derivatives, restricted]  # reason license_&lt;category&gt;
 * </pre>
 * The defaults are the issue's. Tags are never changed: a document excluded here keeps its licence, signals and
 * evidence, so an audit or a takedown can be answered from {@code rejected/}.
 */
public record SelectionPolicy(boolean excludeTdmReserved, Set<String> excludeCategories) implements Serializable {
    public static final String REASON_TDM_OPT_OUT = "tdm_opt_out";
    public static final List<String> DEFAULT_EXCLUDED_CATEGORIES = List.of(LicenseCategory.NON_COMMERCIAL,
            LicenseCategory.NO_DERIVATIVES, LicenseCategory.RESTRICTED);

    public SelectionPolicy {
        excludeCategories = Set.copyOf(excludeCategories == null ? DEFAULT_EXCLUDED_CATEGORIES : excludeCategories);
        for (String c : excludeCategories) {
            if (!LicenseCategory.isValid(c)) {
                throw new IllegalArgumentException("unknown licence category '" + c + "'; use " + LicenseCategory.ALL);
            }
        }
    }

    public static SelectionPolicy defaults() {
        return new SelectionPolicy(true, null);
    }

    public static SelectionPolicy fromMap(Map<String, Object> m) {
        return new SelectionPolicy(ConfigMaps.bool(m, "exclude_tdm_reserved", true),
                Set.copyOf(ConfigMaps.stringList(m, "exclude_categories", DEFAULT_EXCLUDED_CATEGORIES)));
    }

    /** The reasons to reject, in a stable order: {@code tdm_opt_out} first, then {@code license_<category>}. */
    public List<String> rejectReasons(LicenseResult licence, OptOutResult optOut) {
        List<String> reasons = new ArrayList<>(2);
        if (excludeTdmReserved && optOut != null && optOut.tdmReserved()) {
            reasons.add(REASON_TDM_OPT_OUT);
        }
        if (licence != null && excludeCategories.contains(licence.category())) {
            reasons.add("license_" + licence.category());
        }
        return reasons;
    }
}
