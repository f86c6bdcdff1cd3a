package org.tamiz.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.spark.SparkSessions;
import org.tamiz.pipeline.write.OutputLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print, as JSON, where a document came from and every decision taken about it, with its signals.")
final class ExplainCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "DIR", description = "A Tamiz output directory.")
  Path output;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "The document id.")
  String id;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(output.resolve(OutputLayout.SUCCESS))) {
      throw new TamizCli.UsageException(output + " is not a complete Tamiz output (no _SUCCESS)");
    }
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.create("local[1]", true);
    try {
      List<String> found = new java.util.ArrayList<>();
      for (String part : new String[] {OutputLayout.CORPUS, OutputLayout.REJECTED}) {
        Path dir = output.resolve(part);
        if (!Files.isDirectory(dir)) continue;
        Dataset<Row> d = org.tamiz.pipeline.write.OutputReader.read(spark, dir).where(col("id").equalTo(id));
        found.addAll(d.toJSON().collectAsList());
      }
      if (found.isEmpty()) throw new TamizCli.UsageException("no document with id " + id + " in " + output);
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      for (String f : found) System.out.println(json.writeValueAsString(Explanation.of(json.readTree(f), json)));
      return 0;
    } finally {
      if (owned) spark.stop();
    }
  }

  /** The stored row regrouped as provenance, then one entry per decision with the signals behind it. */
  static final class Explanation {
    static ObjectNode of(JsonNode row, ObjectMapper json) {
      ObjectNode e = json.createObjectNode();
      e.put("id", row.path("id").asText());
      e.put("status", row.path("reason").isMissingNode() || row.path("reason").isNull() ? "kept" : "rejected");
      if (row.hasNonNull("reason")) {
        e.set("reason", row.get("reason"));
        e.set("reason_detail", row.get("reason_detail"));
      }
      ObjectNode src = e.putObject("source");
      copy(row, src, "source_file", "source_locator", "source_format", "url", "warc_record_id", "warc_date",
          "http_status", "content_type", "html_title", "html_lang", "input_lang", "input_license", "metadata",
          "invalid_utf8_repaired");
      ObjectNode d = e.putObject("decisions");
      copy(row, d.putObject("langid"), "lang", "lang_score", "lang_alternatives");
      copy(row, d.putObject("licenses"), "license_spdx", "license_category", "license_confidence", "tdm_reserved");
      if (row.hasNonNull("license_evidence")) parse(row, "license_evidence", (ObjectNode) d.get("licenses"), json);
      if (row.hasNonNull("tdm_signals")) parse(row, "tdm_signals", (ObjectNode) d.get("licenses"), json);
      copy(row, d.putObject("quality"), "quality_reasons", "quality_signals", "normalisation");
      copy(row, d.putObject("toxicity"), "toxicity_score", "toxicity_hits", "blocked_domain");
      copy(row, d.putObject("pii"), "pii_counts");
      copy(row, d.putObject("dedup"), "duplicate_of", "dup_cluster_size", "lines_removed");
      String text = row.path("text").asText(null);
      if (text != null) e.put("text_preview", text.length() > 500 ? text.substring(0, 500) + "..." : text);
      return e;
    }

    private static void copy(JsonNode row, ObjectNode to, String... fields) {
      for (String f : fields) if (row.hasNonNull(f)) to.set(f, row.get(f));
    }

    private static void parse(JsonNode row, String field, ObjectNode to, ObjectMapper json) {
      try {
        to.set(field, json.readTree(row.get(field).asText()));
      } catch (Exception ex) {
        to.set(field, row.get(field));
      }
    }
  }
}
