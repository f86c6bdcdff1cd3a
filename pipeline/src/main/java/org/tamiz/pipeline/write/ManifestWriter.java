package org.tamiz.pipeline.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tamiz.pipeline.TamizVersion;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.ingest.InputFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * manifest.json: every input with its size and checksum and what became of its records, totals that add up
 * (kept + rejected = records read, checked here and stated in the file), the resolved configuration and versions.
 */
public final class ManifestWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Which stage rejects with which reason: manifest.json's counts per stage. */
  public static String stageOf(String reason) {
    if (reason == null) return null;
    switch (reason) {
      case "malformed": case "oversized": case "empty_text": case "not_a_document": case "unsupported_content":
      case "unsupported_format": case "site_file": case "decompression_bomb": case "unsafe_archive_entry":
      case "archive_limit":
        return "read";
      case "language_not_target":
        return "langid";
      case "exact_duplicate": case "near_duplicate": case "url_duplicate": case "repeated_lines_only":
        return "dedup";
      case "tdm_opt_out": case "takedown":
        return "licenses";
      default:
        if (reason.startsWith("license_")) return "licenses";
        if (reason.startsWith("toxic_") || reason.startsWith("blocked_domain")) return "toxicity";
        if (reason.startsWith("pii_")) return "pii";
        return "quality";
    }
  }

  public static ObjectNode build(List<InputFile> inputs, Map<String, String> sha256, RunStatistics stats,
                                 TamizConfig config, List<String> stages, String master, long elapsedMillis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tamiz_version", TamizVersion.VERSION);
    root.put("spark_version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    root.put("java_version", System.getProperty("java.version"));
    root.put("created", java.time.Instant.now().toString());
    root.put("elapsed_seconds", elapsedMillis / 1000.0);
    root.put("master", master);
    ArrayNode st = root.putArray("stages");
    stages.forEach(st::add);

    ArrayNode files = root.putArray("inputs");
    long read = 0;
    Set<String> named = new java.util.HashSet<>();
    for (InputFile f : inputs) {
      named.add(f.name());
      ObjectNode o = files.addObject();
      o.put("file", f.name());
      o.put("path", f.path());
      o.put("bytes", f.size());
      o.put("sha256", sha256.get(f.path()));
      RunStatistics.FileCounts c = stats.byFile.getOrDefault(f.name(), new RunStatistics.FileCounts());
      o.put("records_read", c.read());
      o.put("kept", c.kept);
      ObjectNode rej = o.putObject("rejected");
      c.rejected.forEach(rej::put);
      read += c.read();
    }
    for (String f : stats.byFile.keySet()) {
      if (!named.contains(f)) throw new IllegalStateException("output names a source file that is not an input: " + f);
    }
    if (read != stats.kept + stats.rejected) {
      throw new IllegalStateException("counts do not add up: records read " + read + " != kept " + stats.kept + " + rejected " + stats.rejected);
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("input_files", inputs.size());
    totals.put("input_bytes", inputs.stream().mapToLong(InputFile::size).sum());
    totals.put("records_read", read);
    totals.put("kept", stats.kept);
    totals.put("rejected", stats.rejected);
    totals.put("kept_characters", stats.keptChars);
    totals.put("counts_add_up", read == stats.kept + stats.rejected);
    ObjectNode byReason = totals.putObject("rejected_by_reason");
    stats.rejectedByReason.forEach(byReason::put);
    ObjectNode byLang = totals.putObject("kept_by_language");
    stats.keptByLanguage.forEach(byLang::put);
    ObjectNode chars = totals.putObject("kept_characters_by_language");
    stats.charsByLanguage.forEach(chars::put);
    Map<String, Long> byStage = new TreeMap<>();
    stats.rejectedByReason.forEach((r, n) -> byStage.merge(stageOf(r), n, Long::sum));
    ObjectNode stageNode = totals.putObject("rejected_by_stage");
    byStage.forEach(stageNode::put);
    ObjectNode repairs = totals.putObject("text_repairs");
    stats.repairs.forEach(repairs::put);
    ObjectNode limits = root.putObject("limits_hit");
    for (String r : List.of("oversized", "decompression_bomb", "unsafe_archive_entry", "archive_limit")) {
      limits.put(r, stats.rejectedByReason.getOrDefault(r, 0L));
    }
    root.set("config", JSON.valueToTree(config.toMap()));
    return root;
  }

  public static void write(ObjectNode manifest, Path file) throws IOException {
    JSON.writeValue(file.toFile(), manifest);
  }
}
