package org.tamiz.pipeline.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.TamizVersion;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentSchema;
import org.tamiz.pipeline.write.OutputLayout;
import org.tamiz.pipeline.write.OutputReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * docs/: the dataset card (README.md), datasheet.md, croissant.json, the EU AI Act public summary of training
 * content (eu_training_summary.md and .json), top_domains.csv and report.html — all filled from the run's own
 * statistics. Fields only a human can supply are marked as such, never invented.
 */
public final class DatasetDocumentation {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String HUMAN = "AWAITING HUMAN INPUT";

  private DatasetDocumentation() {}

  /** Domain statistics of the kept corpus, as aggregates. */
  record Domain(String host, long documents, long characters) {}

  public static void write(SparkSession spark, Path staging, ObjectNode manifest, TamizConfig config) throws IOException {
    Path docs = staging.resolve(OutputLayout.DOCS);
    Files.createDirectories(docs);
    Dataset<Row> corpus = OutputReader.read(spark, staging.resolve(OutputLayout.CORPUS));
    Dataset<Row> withHost = corpus.withColumn("host", expr("lower(parse_url(url, 'HOST'))")).where(col("host").isNotNull());
    long domains = withHost.select(countDistinct(col("host"))).first().getLong(0);
    // EU template 2.3: the top 10 % of domain names by size of content (REFERENCE.md §6).
    int top = (int) Math.max(Math.min(domains, 1), Math.ceil(domains * 0.10));
    List<Domain> ranked = new ArrayList<>();
    if (top > 0) {
      for (Row r : withHost.groupBy("host").agg(count(lit(1)).as("n"), sum(coalesce(length(col("text")), lit(0))).as("c"))
          .orderBy(desc("c"), col("host")).limit(top).collectAsList()) {
        ranked.add(new Domain(r.getString(0), r.getLong(1), r.getLong(2)));
      }
    }
    Row dates = corpus.agg(min(col("warc_date")), max(col("warc_date"))).first();
    String firstDate = dates.isNullAt(0) ? null : dates.getString(0);
    String lastDate = dates.isNullAt(1) ? null : dates.getString(1);
    Map<String, Long> licences = new TreeMap<>();
    for (Row r : corpus.groupBy(coalesce(col("license_category"), lit("not_assessed"))).agg(count(lit(1))).collectAsList()) {
      licences.put(r.getString(0), r.getLong(1));
    }

    JsonNode totals = manifest.get("totals");
    long chars = totals.get("kept_characters").asLong();
    writeTopDomains(docs.resolve("top_domains.csv"), ranked, chars);
    ObjectNode eu = euSummary(manifest, ranked, domains, firstDate, lastDate, licences, config);
    Files.writeString(docs.resolve("eu_training_summary.json"), JSON.writeValueAsString(eu));
    Files.writeString(docs.resolve("eu_training_summary.md"), EuSummaryMarkdown.render(eu));
    Files.writeString(docs.resolve("README.md"), DatasetCard.render(manifest, config, licences, firstDate, lastDate));
    Files.writeString(docs.resolve("datasheet.md"), Datasheet.render(manifest, config, licences, firstDate, lastDate));
    Files.writeString(docs.resolve("report.html"), StatisticsReport.render(manifest, ranked, licences));
    Files.writeString(docs.resolve("croissant.json"), JSON.writeValueAsString(Croissant.build(staging, manifest, config)));
  }

  private static void writeTopDomains(Path file, List<Domain> ranked, long totalChars) throws IOException {
    StringBuilder sb = new StringBuilder("rank,domain,documents,characters,share_of_characters\n");
    int rank = 0;
    for (Domain d : ranked) {
      sb.append(++rank).append(',').append(csv(d.host())).append(',').append(d.documents()).append(',')
          .append(d.characters()).append(',')
          .append(String.format(Locale.ROOT, "%.6f", totalChars == 0 ? 0.0 : (double) d.characters() / totalChars)).append('\n');
    }
    Files.writeString(file, sb.toString());
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** The AI Office template (24 July 2025), each field marked filled_from_data, drafted_for_review or awaiting_human. */
  static ObjectNode euSummary(ObjectNode manifest, List<Domain> ranked, long domains, String firstDate, String lastDate,
                              Map<String, Long> licences, TamizConfig config) {
    JsonNode totals = manifest.get("totals");
    ObjectNode s = JSON.createObjectNode();
    s.put("template", "EU AI Office, Template for the public summary of training content for general-purpose AI models (24 July 2025)");
    s.put("generated_by", "tamiz " + TamizVersion.VERSION);
    ObjectNode g = s.putObject("1_general_information");
    field(g, "1.1_provider_and_authorised_representative", null, "awaiting_human");
    field(g, "1.2_model_names_dependencies_market_date", null, "awaiting_human");
    field(g, "1.3_modalities", "text", "filled_from_data");
    long kept = totals.get("kept_characters").asLong();
    long tokensEstimate = kept / 4; // ~4 characters per token for European languages; a stated estimate
    field(g, "1.3_training_data_size", tokensEstimate < 1_000_000_000L ? "less than 1 billion tokens"
        : tokensEstimate <= 10_000_000_000_000L ? "1 billion to 10 trillion tokens" : "more than 10 trillion tokens",
        "filled_from_data");
    field(g, "1.3_types_of_content", "web pages and text documents", "drafted_for_review");
    field(g, "1.3_latest_date_of_data_collection", lastDate, lastDate == null ? "awaiting_human" : "filled_from_data");
    ObjectNode langs = g.putObject("1.3_linguistic_characteristics");
    totals.get("kept_by_language").fields().forEachRemaining(e -> langs.put(e.getKey(), e.getValue().asLong()));
    ObjectNode src = s.putObject("2_data_sources");
    ArrayNode inputs = src.putArray("2.1_publicly_available_datasets_and_inputs");
    for (JsonNode in : manifest.get("inputs")) {
      ObjectNode o = inputs.addObject();
      o.put("file", in.get("file").asText());
      o.put("sha256", in.path("sha256").asText(null));
      o.put("documents_kept", in.get("kept").asLong());
    }
    src.put("2.1_selection_process", "Stages " + manifest.get("stages") + " of Tamiz with the configuration in manifest.json");
    field(src, "2.2_private_datasets", null, "awaiting_human");
    ObjectNode crawl = src.putObject("2.3_crawled_data");
    crawl.put("status", "filled_from_data");
    crawl.put("collection_period", (firstDate == null ? "?" : firstDate) + " to " + (lastDate == null ? "?" : lastDate));
    crawl.put("distinct_domains", domains);
    crawl.put("top_10_percent_domains_by_content_size", ranked.size());
    ArrayNode top = crawl.putArray("top_domains");
    for (Domain d : ranked) top.add(d.host());
    field(src, "2.3_crawler_names_and_purposes", null, "awaiting_human");
    field(src, "2.4_user_data", null, "awaiting_human");
    field(src, "2.5_synthetic_data", null, "awaiting_human");
    ObjectNode p = s.putObject("3_data_processing");
    ObjectNode tdm = p.putObject("3.1_respect_of_reservation_of_rights");
    tdm.put("status", "filled_from_data");
    tdm.put("measures", "robots.txt rules for AI agents, TDMRep (header, meta, tdmrep.json), noai/noimageai, Content-Usage and Content-Signal, checked per document by Tamiz's licenses stage");
    tdm.put("documents_removed_tdm_opt_out", totals.get("rejected_by_reason").path("tdm_opt_out").asLong(0));
    field(tdm, "code_of_practice_signatory", null, "awaiting_human");
    ObjectNode illegal = p.putObject("3.2_removal_of_illegal_content");
    illegal.put("status", "drafted_for_review");
    long toxic = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = totals.get("rejected_by_reason").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("toxic_") || e.getKey().startsWith("blocked_domain")) toxic += e.getValue().asLong();
    }
    illegal.put("documents_removed_harmful_content_or_blocked_domains", toxic);
    ObjectNode other = p.putObject("3.3_other_processing");
    other.set("rejected_by_reason", totals.get("rejected_by_reason"));
    other.set("rejected_by_stage", totals.get("rejected_by_stage"));
    ObjectNode lic = other.putObject("document_licence_categories");
    licences.forEach(lic::put);
    boolean complete = !JSON.valueToTree(s).toString().contains("awaiting_human");
    s.put("complete", complete);
    return s;
  }

  private static void field(ObjectNode parent, String name, String value, String status) {
    ObjectNode f = parent.putObject(name);
    if (value == null) f.putNull("value");
    else f.put("value", value);
    f.put("status", status);
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] b = new byte[1 << 16];
        int n;
        while ((n = in.read(b)) > 0) md.update(b, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String columnsTable() {
    StringBuilder sb = new StringBuilder("| column | type | meaning |\n|---|---|---|\n");
    for (var f : DocumentSchema.SCHEMA.fields()) {
      sb.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString().replace("|", "\\|"))
          .append(" | ").append(DocumentSchema.columnDocs().get(f.name()).replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }
}
