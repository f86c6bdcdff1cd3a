package org.tamiz.licenses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a document's licence from every source it has, keeping each piece of evidence.
 *
 * <p>Each source yields candidates with a rank (how much it says about <em>this</em> document's licence):
 * <ul>
 *   <li>10: the per-source declaration of the config;
 *   <li>8: declarations about the file: the input's own licence field, {@code SPDX-License-Identifier}, a full
 *       licence text, the per-domain registry of the config;
 *   <li>6: page-level markup and the main text: {@code rel="license"} in head or main content, the HTTP Link
 *       header, licence {@code <meta>}, JSON-LD {@code license} of the page, a licence statement at the start or
 *       end of the main text;
 *   <li>4: {@code rel="license"} in the boilerplate (footer, sidebar);
 *   <li>3: a bare badge: a CC (or SPDX-listed licence) link without rel, outside the main text, whose anchor is
 *       an image or says "licence";
 *   <li>2: a bare CC link labelled like a credit ("CC BY 2.0"), a CC URL in plain text, a licence statement in the
 *       middle of a long text (usually about something the text discusses);
 *   <li>0: never decisive, kept as evidence: credits for a third-party work ("“Photo” by X is licensed under
 *       CC BY"), licences of media objects in JSON-LD, links to non-CC licence pages inside the main text, a
 *       non-CC licence named after the bare noun ("most crates use the MIT licence").
 * </ul>
 * The highest rank present decides; if its candidates name different licences the result is {@code conflicting}
 * (spdx {@code NOASSERTION}). Lower ranks never create a conflict, so a sidebar badge cannot outvote a statement in
 * the main text. Candidates of one CC family are merged when compatible (no version + 4.0 → 4.0; 3.0 + 3.0/de →
 * 3.0-DE). Thread-safe and immutable; build once per JVM or partition.
 */
public final class LicenseDetector {
    private static final int MAX_EVIDENCE = 20;
    private static final double[] RANK_CONFIDENCE = {0.0, 0.5, 0.6, 0.7, 0.8, 0.8, 0.9, 0.9, 0.95, 0.95, 1.0};
    private static final Pattern SPDX_HEADER = Pattern.compile(
            "SPDX-License-Identifier:\\s*([A-Za-z0-9.+:()\\- ]+?)\\s*(?:\\*/|-->|#|$)", Pattern.MULTILINE);
    private static final Pattern CC_ID = Pattern.compile(
            "(?:LicenseRef-)?CC-((?:BY|NC|ND|SA)(?:-(?:NC|ND|SA))*)(?:-(\\d\\.\\d))?(?:-([A-Z]{2,8}))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Candidate(String spdx, int rank, LicenseEvidence evidence) {
    }

    private final LicenseConfig config;
    private final LicenseCatalog catalog;
    private final List<Map.Entry<Pattern, String>> sourcePatterns;
    private final List<Map.Entry<String, String>> domains;
    private final Set<String> metaNames;

    private LicenseDetector(LicenseConfig config) {
        this.config = config;
        this.catalog = new LicenseCatalog(config.customCategories(), SpdxLicenseList.get());
        List<Map.Entry<Pattern, String>> sources = new ArrayList<>();
        config.sourceLicenses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sources.add(Map.entry(glob(e.getKey()), checkedLicence(e.getValue()))));
        this.sourcePatterns = List.copyOf(sources);
        List<Map.Entry<String, String>> doms = new ArrayList<>();
        config.domainLicenses().forEach((k, v) -> doms.add(Map.entry(
                k.toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", "").replaceFirst("^\\.", ""), checkedLicence(v))));
        doms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        this.domains = List.copyOf(doms);
        this.metaNames = Set.copyOf(config.metaNames());
    }

    public static LicenseDetector fromConfig(LicenseConfig config) {
        return new LicenseDetector(config == null ? LicenseConfig.defaults() : config);
    }

    public LicenseConfig config() {
        return config;
    }

    public LicenseResult detect(DocumentEvidence d) {
        List<Candidate> cands = new ArrayList<>();
        fromConfig(d, cands);
        fromMetadata(d, cands);
        fromText(d, cands);
        fromHttpLinkHeader(d, cands);
        fromLinks(d, cands);
        fromMeta(d, cands);
        fromJsonLd(d, cands);
        return decide(cands);
    }

    // ---- sources -------------------------------------------------------------------------------------------

    private void fromConfig(DocumentEvidence d, List<Candidate> out) {
        if (d.source() != null) {
            for (Map.Entry<Pattern, String> e : sourcePatterns) {
                if (e.getKey().matcher(d.source()).matches()) {
                    out.add(cand(e.getValue(), 10, "config_source", "config", "source " + d.source()));
                    break;
                }
            }
        }
        String host = d.host();
        if (host != null) {
            for (Map.Entry<String, String> e : domains) {
                if (host.equals(e.getKey()) || host.endsWith("." + e.getKey())) {
                    out.add(cand(e.getValue(), 8, "config_domain", "config", "domain " + e.getKey()));
                    break;
                }
            }
        }
    }

    private void fromMetadata(DocumentEvidence d, List<Candidate> out) {
        if (d.metadataLicense() != null && !d.metadataLicense().isBlank()) {
            LicenseNames.resolve(d.metadataLicense()).ifPresent(
                    id -> out.add(cand(id, 8, "metadata", "metadata", d.metadataLicense())));
        }
    }

    private void fromText(DocumentEvidence d, List<Candidate> out) {
        String text = d.text();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (text.contains("SPDX-License-Identifier")) {
            Matcher m = SPDX_HEADER.matcher(text);
            while (m.find()) {
                String expr = validExpression(m.group(1));
                if (expr != null) {
                    out.add(cand(expr, 8, "spdx_header", "text", m.group()));
                }
            }
        }
        if (config.detectLicenseFiles() && text.length() >= 200 && text.length() <= 200_000) {
            boolean named = LicenseTextMatcher.looksLikeLicenceFileName(d.source());
            boolean titled = CreativeCommonsUrl.indexOfIgnoreCase(text.substring(0, Math.min(400, text.length())),
                    "licen") >= 0;
            if (named || titled) {
                LicenseTextMatcher.get().match(text, config.licenseFileCoverage())
                        .filter(m -> named || m.textCoverage() >= 0.5)
                        .ifPresent(m -> out.add(cand(m.spdx(), 8, "license_file", "text", String.format(Locale.ROOT,
                                "%.0f%% of the %s text found; it makes up %.0f%% of the document",
                                100 * m.licenceCoverage(), m.spdx(), 100 * m.textCoverage()))));
            }
        }
        List<LicenseStatements.Statement> statements = LicenseStatements.find(text);
        Set<String> stated = new LinkedHashSet<>();
        for (LicenseStatements.Statement s : statements) {
            if (s.attribution()) {
                out.add(cand(s.spdx(), 0, "attribution", "main", s.snippet()));
            } else if (s.mention()) {
                out.add(cand(s.spdx(), 0, "mention", "main", s.snippet()));
            } else {
                out.add(cand(s.spdx(), s.pageLevel() ? 6 : 2, "text_statement", "main", s.snippet()));
                stated.add(s.spdx());
            }
        }
        for (CreativeCommonsUrl.Parsed p : CreativeCommonsUrl.findAll(text)) {
            boolean inStatement = false;
            for (LicenseStatements.Statement s : statements) {
                if (s.snippet().contains(p.url())) {
                    inStatement = true;
                    break;
                }
            }
            if (!inStatement) {
                out.add(cand(p.spdx(), 2, "cc_url_in_text", "main", p.url()));
            }
        }
    }

    private void fromHttpLinkHeader(DocumentEvidence d, List<Candidate> out) {
        String link = d.header("link");
        if (link == null || !link.toLowerCase(Locale.ROOT).contains("license")) {
            return;
        }
        for (String part : link.split(",(?=\\s*<)")) {
            String lower = part.toLowerCase(Locale.ROOT);
            int lt = part.indexOf('<');
            int gt = part.indexOf('>');
            if (lt >= 0 && gt > lt && lower.matches("(?s).*;\\s*rel\\s*=\\s*\"?[^;\"]*\\blicen[cs]e\\b.*")) {
                licenceOfUrl(UrlHosts.resolve(d.url(), part.substring(lt + 1, gt)))
                        .ifPresent(id -> out.add(cand(id, 6, "link_header", "http_header", part.trim())));
            }
        }
    }

    private void fromLinks(DocumentEvidence d, List<Candidate> out) {
        for (DocumentEvidence.HtmlLink l : d.htmlLinks()) {
            String href = UrlHosts.resolve(d.url(), l.href());
            boolean rel = l.isRelLicense();
            Optional<CreativeCommonsUrl.Parsed> cc = CreativeCommonsUrl.parse(href);
            String snippet = "<" + l.tag() + (l.rel().isEmpty() ? "" : " rel=\"" + l.rel() + "\"") + " href=\""
                    + l.href() + "\">" + l.text();
            if (rel) {
                Optional<String> id = cc.map(CreativeCommonsUrl.Parsed::spdx).or(() -> licenceOfUrl(href))
                        .or(() -> LicenseNames.resolve(l.text()));
                int rank = l.region().equals(DocumentEvidence.HtmlLink.BOILERPLATE) ? 4 : 6;
                id.ifPresent(s -> out.add(cand(s, rank, "rel_license", l.region(), snippet)));
            } else if (cc.isPresent()) {
                boolean credit = l.region().equals(DocumentEvidence.HtmlLink.MAIN)
                        && LicenseStatements.inAttribution(d.text(), l.text());
                int rank = credit ? 0 : LicenseStatements.isBadgeAnchor(l.text()) ? 3 : 2;
                out.add(cand(cc.get().spdx(), rank, credit ? "attribution" : "cc_link", l.region(), snippet));
            } else {
                // A link to another licence's reference page (SPDX seeAlso): a footer badge counts like a CC one;
                // in the main text it is usually an article mentioning the licence, so it never decides there.
                Optional<String> id = SpdxLicenseList.get().bySeeAlsoUrl(href).map(SpdxLicenseList.Entry::id);
                if (id.isPresent()) {
                    int rank = l.region().equals(DocumentEvidence.HtmlLink.MAIN) ? 0
                            : LicenseStatements.isBadgeAnchor(l.text()) ? 3 : 2;
                    out.add(cand(id.get(), rank, "license_link", l.region(), snippet));
                }
            }
        }
    }

    private void fromMeta(DocumentEvidence d, List<Candidate> out) {
        for (DocumentEvidence.MetaTag m : d.htmlMeta()) {
            if (metaNames.contains(m.name()) && !m.content().isBlank()) {
                String content = UrlHosts.resolve(d.url(), m.content().trim());
                licenceOfUrl(content).or(() -> LicenseNames.resolve(m.content()))
                        .ifPresent(id -> out.add(cand(id, 6, "meta", "head",
                                "<meta name=\"" + m.name() + "\" content=\"" + m.content() + "\">")));
            }
        }
    }

    /** JSON-LD {@code license} of the page's own node(s); licences of embedded media objects are credits. */
    private void fromJsonLd(DocumentEvidence d, List<Candidate> out) {
        for (String body : d.htmlJsonLd()) {
            if (body == null || !body.toLowerCase(Locale.ROOT).contains("licen")) {
                continue;
            }
            try {
                walkJsonLd(JSON.readTree(body), false, out);
            } catch (JsonProcessingException e) {
                // Malformed JSON-LD is common on the web; it simply gives no evidence.
            }
        }
    }

    private void walkJsonLd(JsonNode node, boolean insideMedia, List<Candidate> out) {
        if (node.isArray()) {
            node.forEach(n -> walkJsonLd(n, insideMedia, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("")
                : node.path("@type").asText("");
        boolean media = insideMedia || type.matches("(?i)ImageObject|VideoObject|AudioObject|MediaObject|Photograph");
        for (String key : new String[]{"license", "licence", "schema:license", "http://schema.org/license"}) {
            JsonNode lic = node.get(key);
            if (lic != null) {
                List<String> values = new ArrayList<>();
                if (lic.isArray()) {
                    lic.forEach(v -> values.add(jsonLdValue(v)));
                } else {
                    values.add(jsonLdValue(lic));
                }
                for (String v : values) {
                    if (v != null) {
                        licenceOfUrl(v).or(() -> LicenseNames.resolve(v)).ifPresent(id -> out.add(cand(id,
                                media ? 0 : 6, media ? "attribution" : "json_ld", "head",
                                "\"" + key + "\": \"" + v + "\"" + (type.isEmpty() ? "" : " in " + type))));
                    }
                }
            }
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isContainerNode() && !e.getKey().toLowerCase(Locale.ROOT).contains("licen")) {
                walkJsonLd(e.getValue(), media, out);
            }
        });
    }

    private static String jsonLdValue(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        for (String k : new String[]{"@id", "url", "name"}) {
            if (v.path(k).isTextual()) {
                return v.path(k).asText();
            }
        }
        return null;
    }

    // ---- decision ------------------------------------------------------------------------------------------

    private LicenseResult decide(List<Candidate> cands) {
        int top = 0;
        for (Candidate c : cands) {
            top = Math.max(top, c.rank());
        }
        List<LicenseEvidence> evidence = new ArrayList<>();
        if (top == 0) {
            cands.stream().limit(MAX_EVIDENCE).forEach(c -> evidence.add(c.evidence()));
            return LicenseResult.unknown(evidence);
        }
        List<String> topIds = new ArrayList<>();
        List<String> lowerIds = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.rank() == top) {
                topIds.add(c.spdx());
            } else if (c.rank() > 0) {
                lowerIds.add(c.spdx());
            }
        }
        List<String> decided = mergeCompatible(topIds);
        final int topRank = top;
        cands.stream().sorted(Comparator.comparingInt((Candidate c) -> -c.rank())).limit(MAX_EVIDENCE)
                .forEach(c -> evidence.add(c.evidence()));
        if (decided.size() > 1) {
            return new LicenseResult(LicenseResult.NOASSERTION, LicenseCategory.CONFLICTING, null, null, null, null,
                    RANK_CONFIDENCE[topRank] / 2, evidence);
        }
        String id = decided.get(0);
        // A lower-ranked, more precise candidate of the same family refines the decision (version, port).
        List<String> refine = new ArrayList<>(lowerIds);
        refine.add(0, id);
        List<String> refined = mergeCompatible(refine);
        if (refined.size() >= 1 && compatible(id, refined.get(0))) {
            id = refined.get(0);
        }
        long agreeing = cands.stream().filter(c -> c.rank() > 0 && compatible(c.spdx(), decided.get(0))).count();
        double confidence = topRank == 10 ? 1.0
                : Math.min(0.99, RANK_CONFIDENCE[topRank] + 0.03 * Math.max(0, agreeing - 1));
        LicenseTerms t = catalog.termsOf(id);
        return new LicenseResult(id, t.category(), t.commercialOk(), t.attributionRequired(),
                t.shareAlikeRequired(), t.derivativesAllowed(), confidence, evidence);
    }

    /** Distinct licences after merging compatible CC ids into the most specific one; order of first appearance. */
    static List<String> mergeCompatible(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                if (compatible(out.get(i), id)) {
                    out.set(i, moreSpecific(out.get(i), id));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(id);
            }
        }
        return out;
    }

    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Matcher ma = CC_ID.matcher(a);
        Matcher mb = CC_ID.matcher(b);
        if (!ma.matches() || !mb.matches() || !ma.group(1).equals(mb.group(1))) {
            return false;
        }
        return (ma.group(2) == null || mb.group(2) == null || ma.group(2).equals(mb.group(2)))
                && (ma.group(3) == null || mb.group(3) == null || ma.group(3).equals(mb.group(3)));
    }

    private static String moreSpecific(String a, String b) {
        Matcher ma = CC_ID.matcher(a);
        Matcher mb = CC_ID.matcher(b);
        if (!ma.matches() || !mb.matches()) {
            return a;
        }
        int sa = (ma.group(2) != null ? 1 : 0) + (ma.group(3) != null ? 1 : 0);
        int sb = (mb.group(2) != null ? 1 : 0) + (mb.group(3) != null ? 1 : 0);
        return sb > sa ? b : a;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Candidate cand(String spdx, int rank, String method, String position, String snippet) {
        return new Candidate(spdx, rank, new LicenseEvidence(method, position, snippet, spdx));
    }

    private static Optional<String> licenceOfUrl(String url) {
        if (url == null || !url.contains("/")) {
            return Optional.empty();
        }
        Optional<CreativeCommonsUrl.Parsed> cc = CreativeCommonsUrl.parse(url);
        if (cc.isPresent()) {
            return Optional.of(cc.get().spdx());
        }
        return SpdxLicenseList.get().bySeeAlsoUrl(url).map(SpdxLicenseList.Entry::id);
    }

    /** An SPDX expression whose every id is listed (or a LicenseRef-), else null. */
    private static String validExpression(String raw) {
        String expr = raw.trim();
        if (expr.isEmpty()) {
            return null;
        }
        for (String tok : expr.replaceAll("[()]", " ").split("\\s+")) {
            if (tok.isEmpty() || tok.equals("AND") || tok.equals("OR") || tok.equals("WITH")) {
                continue;
            }
            String id = tok.endsWith("+") ? tok.substring(0, tok.length() - 1) : tok;
            if (!id.startsWith("LicenseRef-") && SpdxLicenseList.get().byId(id).isEmpty()
                    && !id.toLowerCase(Locale.ROOT).contains("exception")) {
                return null;
            }
        }
        return expr;
    }

    private String checkedLicence(String value) {
        return LicenseNames.resolve(value).orElseThrow(() -> new IllegalArgumentException(
                "config licence '" + value + "' is neither an SPDX id, a LicenseRef-... nor a licence name or URL"));
    }

    private static Pattern glob(String g) {
        StringBuilder b = new StringBuilder();
        for (char c : g.toCharArray()) {
            switch (c) {
                case '*' -> b.append(".*");
                case '?' -> b.append('.');
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString());
    }
}
