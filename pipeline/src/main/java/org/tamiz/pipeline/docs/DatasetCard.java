package org.tamiz.pipeline.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tamiz.pipeline.TamizVersion;
import org.tamiz.pipeline.config.TamizConfig;

import java.util.Map;

/** docs/README.md: a Hugging Face dataset card (YAML header + sections) filled from the run's statistics. */
final class DatasetCard {
  private DatasetCard() {}

  static String render(ObjectNode manifest, TamizConfig config, Map<String, Long> licences, String first, String last) {
    JsonNode totals = manifest.get("totals");
    long kept = totals.get("kept").asLong();
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("pretty_name: ").append(config.output.datasetName).append('\n');
    sb.append("license: ").append(config.output.datasetLicense.toLowerCase(java.util.Locale.ROOT)).append('\n');
    sb.append("language:\n");
    totals.get("kept_by_language").fieldNames().forEachRemaining(l -> {
      if (!l.equals("und")) sb.append("- ").append(l).append('\n');
    });
    sb.append("size_categories:\n- ").append(sizeCategory(kept)).append('\n');
    sb.append("task_categories:\n- text-generation\n");
    sb.append("source_datasets:\n- original\n");
    sb.append("configs:\n");
    totals.get("kept_by_language").fieldNames().forEachRemaining(l ->
        sb.append("- config_name: ").append(l).append("\n  data_files: corpus/lang=").append(l).append("/*.parquet\n"));
    sb.append("dataset_info:\n  features:\n");
    for (var f : org.tamiz.pipeline.schema.DocumentSchema.SCHEMA.fields()) {
      sb.append("  - name: ").append(f.name()).append("\n    dtype: ").append(f.dataType().typeName()).append('\n');
    }
    sb.append("---\n\n");
    sb.append("# ").append(config.output.datasetName).append("\n\n");
    sb.append("A text corpus made by [Tamiz](https://github.com/) ").append(TamizVersion.VERSION)
        .append(" from ").append(totals.get("input_files").asLong()).append(" input files (")
        .append(totals.get("input_bytes").asLong()).append(" bytes).\n\n");
    sb.append("## Summary\n\n| | |\n|---|---|\n");
    sb.append("| records read | ").append(totals.get("records_read").asLong()).append(" |\n");
    sb.append("| documents kept | ").append(kept).append(" |\n");
    sb.append("| records rejected | ").append(totals.get("rejected").asLong()).append(" |\n");
    sb.append("| characters kept | ").append(totals.get("kept_characters").asLong()).append(" |\n");
    sb.append("| collection period | ").append(first == null ? "unknown" : first).append(" – ").append(last == null ? "unknown" : last).append(" |\n\n");
    sb.append("## Languages\n\n| lang | documents | characters |\n|---|---|---|\n");
    totals.get("kept_by_language").fields().forEachRemaining(e -> sb.append("| ").append(e.getKey()).append(" | ")
        .append(e.getValue().asLong()).append(" | ").append(totals.get("kept_characters_by_language").path(e.getKey()).asLong()).append(" |\n"));
    sb.append("\n## Processing\n\nStages: ").append(manifest.get("stages")).append(". Rejected records are kept in `rejected/` with their reason:\n\n");
    sb.append("| reason | records |\n|---|---|\n");
    totals.get("rejected_by_reason").fields().forEachRemaining(e -> sb.append("| `").append(e.getKey()).append("` | ").append(e.getValue().asLong()).append(" |\n"));
    sb.append("\n## Licensing\n\nThe compilation is released under ").append(config.output.datasetLicense)
        .append("; each document keeps its own licence in `license_spdx` / `license_category`:\n\n| category | documents |\n|---|---|\n");
    licences.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    sb.append("\nDocuments with a text-and-data-mining reservation are not in the corpus (`rejected/reason=tdm_opt_out`).\n");
    sb.append("\n## Columns\n\n").append(DatasetDocumentation.columnsTable());
    sb.append("\n## More\n\n`datasheet.md` (Datasheets for Datasets), `croissant.json` (Croissant 1.0 + RAI), ")
        .append("`eu_training_summary.md`/`.json` (EU AI Act public summary), `top_domains.csv`, `report.html`; ")
        .append("`../manifest.json` holds every input's checksum and the full configuration.\n");
    return sb.toString();
  }

  static String sizeCategory(long n) {
    if (n < 1_000) return "n<1K";
    if (n < 10_000) return "1K<n<10K";
    if (n < 100_000) return "10K<n<100K";
    if (n < 1_000_000) return "100K<n<1M";
    if (n < 10_000_000) return "1M<n<10M";
    if (n < 100_000_000) return "10M<n<100M";
    if (n < 1_000_000_000) return "100M<n<1B";
    return "n>1B";
  }
}
