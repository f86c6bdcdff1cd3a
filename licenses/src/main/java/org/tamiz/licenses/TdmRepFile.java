package org.tamiz.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code /.well-known/tdmrep.json} (W3C TDMRep, "TDM File on the Origin Server"): a JSON array of rules
 * {@code {"location": pattern, "tdm-reservation": 0|1, "tdm-policy": url}}. The first matching rule wins ("the
 * most specific match is the first in sequence"); a reservation other than 0 or 1 is a protocol error and
 * leaves the property unset. Immutable.
 */
final class TdmRepFile {
    record Rule(String location, Integer reservation, String policy) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Rule> rules;

    private TdmRepFile(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses the file; a file that is not a JSON array of rules gives no rules (the site does not implement TDMRep). */
    static TdmRepFile parse(String json) {
        List<Rule> rules = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(json);
            if (root != null && root.isArray()) {
                for (JsonNode n : root) {
                    if (!n.path("location").isTextual()) {
                        continue;
                    }
                    JsonNode r = n.get("tdm-reservation");
                    Integer reservation = null;
                    if (r != null && (r.isInt() || r.isTextual())) {
                        String v = r.asText().trim();
                        reservation = v.equals("1") ? Integer.valueOf(1) : v.equals("0") ? Integer.valueOf(0) : null;
                    }
                    String policy = n.path("tdm-policy").isTextual() ? n.path("tdm-policy").asText() : null;
                    rules.add(new Rule(n.path("location").asText(), reservation, policy));
                }
            }
        } catch (IOException e) {
            // Not JSON: as if the file were absent.
        }
        return new TdmRepFile(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The first rule whose location matches the URL's path (percent-decoded as the spec asks), if any. */
    Optional<Rule> ruleFor(String url) {
        String path = UrlHosts.pathAndQuery(url);
        String decoded = decodeUnreserved(path);
        for (Rule r : rules) {
            if (PathPattern.matches(r.location(), decoded) || PathPattern.matches(r.location(), path)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Decodes percent-escapes of unreserved characters only (RFC 3986 §2.3), as TDMRep requires before matching. */
    private static String decodeUnreserved(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                try {
                    String decoded = URLDecoder.decode(path.substring(i, i + 3), StandardCharsets.US_ASCII);
                    char d = decoded.charAt(0);
                    if (decoded.length() == 1 && (Character.isLetterOrDigit(d) && d < 128 || "-._~".indexOf(d) >= 0)) {
                        b.append(d);
                        i += 2;
                        continue;
                    }
                } catch (IllegalArgumentException e) {
                    // keep the escape as it is
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
