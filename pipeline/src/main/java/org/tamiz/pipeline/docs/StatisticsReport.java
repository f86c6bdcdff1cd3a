package org.tamiz.pipeline.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** docs/report.html: one self-contained page of statistics with bar charts as inline SVG (no scripts, no network). */
final class StatisticsReport {
  private StatisticsReport() {}

  static String render(ObjectNode manifest, List<DatasetDocumentation.Domain> domains, Map<String, Long> licences) {
    JsonNode t = manifest.get("totals");
    StringBuilder sb = new StringBuilder();
    sb.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tamiz run report</title><style>")
        .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}th{background:#eee}td:first-child{text-align:left}")
        .append("svg text{font-size:12px}</style></head><body>");
    sb.append("<h1>Tamiz run report</h1><p>Tamiz ").append(esc(manifest.get("tamiz_version").asText()))
        .append(", created ").append(esc(manifest.get("created").asText())).append(", stages ")
        .append(esc(manifest.get("stages").toString())).append(".</p>");
    sb.append("<table><tr><th>records read</th><th>kept</th><th>rejected</th><th>characters kept</th><th>counts add up</th></tr><tr><td>")
        .append(t.get("records_read").asLong()).append("</td><td>").append(t.get("kept").asLong()).append("</td><td>")
        .append(t.get("rejected").asLong()).append("</td><td>").append(t.get("kept_characters").asLong()).append("</td><td>")
        .append(t.get("counts_add_up").asBoolean()).append("</td></tr></table>");
    sb.append("<h2>Documents kept per language</h2>").append(bars(map(t.get("kept_by_language")), "#3b7dd8"));
    sb.append("<h2>Characters kept per language</h2>").append(bars(map(t.get("kept_characters_by_language")), "#6a9f3a"));
    sb.append("<h2>Rejections by reason</h2>").append(bars(map(t.get("rejected_by_reason")), "#d8623b"));
    sb.append("<h2>Rejections by stage</h2>").append(bars(map(t.get("rejected_by_stage")), "#b0487a"));
    sb.append("<h2>Document licences</h2>").append(bars(new LinkedHashMap<>(licences), "#8a6ad8"));
    Map<String, Long> dom = new LinkedHashMap<>();
    for (DatasetDocumentation.Domain d : domains.subList(0, Math.min(30, domains.size()))) dom.put(d.host(), d.characters());
    sb.append("<h2>Top domains by characters</h2>").append(bars(dom, "#2a9d8f"));
    sb.append("<h2>Inputs</h2><table><tr><th>file</th><th>bytes</th><th>read</th><th>kept</th><th>rejected</th></tr>");
    for (JsonNode in : manifest.get("inputs")) {
      long rej = 0;
      for (JsonNode v : in.get("rejected")) rej += v.asLong();
      sb.append("<tr><td>").append(esc(in.get("file").asText())).append("</td><td>").append(in.get("bytes").asLong())
          .append("</td><td>").append(in.get("records_read").asLong()).append("</td><td>").append(in.get("kept").asLong())
          .append("</td><td>").append(rej).append("</td></tr>");
    }
    sb.append("</table></body></html>\n");
    return sb.toString();
  }

  private static Map<String, Long> map(JsonNode node) {
    Map<String, Long> m = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }

  /** A horizontal bar chart, largest first. */
  static String bars(Map<String, Long> values, String colour) {
    if (values.isEmpty()) return "<p>none</p>";
    List<Map.Entry<String, Long>> rows = new ArrayList<>(values.entrySet());
    rows.sort((a, b) -> b.getValue().compareTo(a.getValue()) != 0 ? b.getValue().compareTo(a.getValue()) : a.getKey().compareTo(b.getKey()));
    long max = Math.max(1, rows.get(0).getValue());
    int rowH = 18;
    int labelW = 220;
    int barW = 600;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + barW + 100).append("\" height=\"")
        .append(rows.size() * rowH + 4).append("\">");
    int y = 0;
    for (Map.Entry<String, Long> e : rows) {
      int w = (int) Math.round((double) e.getValue() / max * barW);
      sb.append("<text x=\"").append(labelW - 4).append("\" y=\"").append(y + 13).append("\" text-anchor=\"end\">")
          .append(esc(e.getKey())).append("</text>");
      sb.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(Math.max(w, 1))
          .append("\" height=\"").append(rowH - 4).append("\" fill=\"").append(colour).append("\"/>");
      sb.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 13).append("\">")
          .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</text>");
      y += rowH;
    }
    return sb.append("</svg>").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
