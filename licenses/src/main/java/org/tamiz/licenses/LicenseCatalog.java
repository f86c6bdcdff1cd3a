package org.tamiz.licenses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an SPDX id, {@code LicenseRef-...} or SPDX expression to its {@link LicenseTerms}. Creative Commons ids are
 * decoded from their elements; other licences come from the resource table {@code license-terms.tsv}; the
 * configuration may add its own ({@link LicenseConfig#customCategories()}).
 */
final class LicenseCatalog {
    /** CC ids as SPDX writes them, and our LicenseRef-CC-... for ports SPDX does not list. */
    private static final Pattern CC_ID = Pattern.compile(
            "(?:LicenseRef-)?CC-((?:BY|SA|NC|ND)(?:-(?:BY|SA|NC|ND))*)-\\d\\.\\d.*|(?:LicenseRef-)?CC-((?:BY|SA|NC|ND)(?:-(?:BY|SA|NC|ND))*)",
            Pattern.CASE_INSENSITIVE);

    private record Row(Pattern idPattern, LicenseTerms terms) {
    }

    private static final class Holder {
        static final List<Row> ROWS = loadRows();
    }

    private final Map<String, String> customCategories;
    private final SpdxLicenseList spdx;

    LicenseCatalog(Map<String, String> customCategories, SpdxLicenseList spdx) {
        this.customCategories = customCategories;
        this.spdx = spdx;
    }

    /** Terms of one id or of an SPDX expression (AND: most restrictive part; OR: least restrictive part). */
    LicenseTerms termsOf(String idOrExpression) {
        String expr = idOrExpression.trim().replaceAll("^\\(|\\)$", "");
        if (expr.contains(" OR ") || expr.contains(" AND ")) {
            boolean or = expr.contains(" OR ");
            LicenseTerms chosen = null;
            for (String part : expr.split("\\s+(?:AND|OR)\\s+")) {
                LicenseTerms t = termsOf(part.replaceAll("[()]", "").replaceAll("\\s+WITH\\s+.*", ""));
                if (chosen == null) {
                    chosen = t;
                } else {
                    int a = LicenseCategory.restrictiveness(t.category());
                    int b = LicenseCategory.restrictiveness(chosen.category());
                    if (or ? a < b : a > b) {
                        chosen = t;
                    }
                }
            }
            return chosen == null ? LicenseTerms.UNKNOWN : chosen;
        }
        String id = expr.replaceAll("\\s+WITH\\s+.*", "").replaceAll("\\+$", "");
        String custom = customCategories.get(id.toLowerCase(Locale.ROOT));
        if (custom != null) {
            return termsOfCategory(custom);
        }
        Matcher cc = CC_ID.matcher(id);
        if (cc.matches()) {
            String elements = (cc.group(1) != null ? cc.group(1) : cc.group(2)).toUpperCase(Locale.ROOT);
            return LicenseTerms.ofCreativeCommons(elements.contains("BY"), elements.contains("SA"),
                    elements.contains("NC"), elements.contains("ND"));
        }
        for (Row row : Holder.ROWS) {
            if (row.idPattern().matcher(id).matches()) {
                return row.terms();
            }
        }
        Optional<SpdxLicenseList.Entry> e = spdx.byId(id);
        if (e.isPresent() && (e.get().osiApproved() || e.get().fsfLibre())) {
            return new LicenseTerms(LicenseCategory.UNKNOWN, true, null, null, true);
        }
        return LicenseTerms.UNKNOWN;
    }

    /** Default booleans for a category named in the configuration. */
    static LicenseTerms termsOfCategory(String category) {
        return switch (category) {
            case LicenseCategory.PUBLIC_DOMAIN -> new LicenseTerms(category, true, false, false, true);
            case LicenseCategory.PERMISSIVE -> new LicenseTerms(category, true, true, false, true);
            case LicenseCategory.COPYLEFT_SHARE_ALIKE -> new LicenseTerms(category, true, true, true, true);
            case LicenseCategory.NON_COMMERCIAL -> new LicenseTerms(category, false, true, null, null);
            case LicenseCategory.NO_DERIVATIVES -> new LicenseTerms(category, true, true, false, false);
            case LicenseCategory.RESTRICTED -> new LicenseTerms(category, false, null, null, false);
            default -> new LicenseTerms(category, null, null, null, null);
        };
    }

    private static List<Row> loadRows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LicenseCatalog.class.getResourceAsStream("license-terms.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 6 || !LicenseCategory.isValid(f[1])) {
                    throw new IllegalStateException("bad row in license-terms.tsv: " + line);
                }
                rows.add(new Row(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE),
                        new LicenseTerms(f[1], yn(f[2]), yn(f[3]), yn(f[4]), yn(f[5]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    private static Boolean yn(String s) {
        return switch (s.trim()) {
            case "y" -> Boolean.TRUE;
            case "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
