package org.tamiz.pipeline.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tamiz.pipeline.config.TamizConfig;

import java.util.Map;

/** docs/datasheet.md: Datasheets for Datasets (Gebru et al.), answered from data where the run knows the answer. */
final class Datasheet {
  private Datasheet() {}

  static String render(ObjectNode manifest, TamizConfig config, Map<String, Long> licences, String first, String last) {
    JsonNode t = manifest.get("totals");
    String human = "_" + DatasetDocumentation.HUMAN + "_";
    StringBuilder sb = new StringBuilder("# Datasheet: ").append(config.output.datasetName).append("\n\n");
    sb.append("## Motivation\n\n- Purpose: training data for language models in ").append(t.get("kept_by_language").size())
        .append(" language(s).\n- Creators and funding: ").append(human).append("\n\n");
    sb.append("## Composition\n\n- Instances: ").append(t.get("kept").asLong()).append(" text documents (")
        .append(t.get("kept_characters").asLong()).append(" characters), partitioned by language in `corpus/lang=CODE/`.\n")
        .append("- Every record read that is not in the corpus is in `rejected/` with its reason (")
        .append(t.get("rejected").asLong()).append(" records); kept + rejected = records read = ")
        .append(t.get("records_read").asLong()).append(".\n")
        .append("- Personal data: ").append(manifest.get("stages").toString().contains("pii")
            ? "e-mail addresses, phone numbers, IBANs, national ids, card numbers and IP addresses were replaced by typed placeholders (counts in `pii_counts`)."
            : "the pii stage was not run: the text may contain personal data.").append('\n')
        .append("- Licences per document (`license_category`): ").append(licences).append("\n\n");
    sb.append("## Collection process\n\n- Inputs: ").append(t.get("input_files").asLong())
        .append(" files listed with SHA-256 in `manifest.json`.\n- Collection period (WARC dates): ")
        .append(first == null ? "unknown" : first).append(" to ").append(last == null ? "unknown" : last)
        .append(".\n- Crawler, consent and ethical review: ").append(human).append("\n\n");
    sb.append("## Preprocessing\n\n- Stages: ").append(manifest.get("stages")).append(" (Tamiz; configuration in `manifest.json`).\n")
        .append("- Rejections by stage: ").append(t.get("rejected_by_stage")).append("\n- Rejections by reason: ")
        .append(t.get("rejected_by_reason")).append("\n- Raw data: the input files named in `manifest.json`; the HTML itself is not kept.\n\n");
    sb.append("## Uses\n\n- Intended: pre-training and evaluation of language models.\n- Not suitable for: ").append(human).append("\n\n");
    sb.append("## Distribution\n\n- Compilation licence: ").append(config.output.datasetLicense)
        .append("; document licences in `license_spdx`.\n\n");
    sb.append("## Maintenance\n\n- Document ids are stable across reruns on the same inputs, so takedown requests can be applied by id.\n- Maintainer and contact: ")
        .append(human).append('\n');
    return sb.toString();
  }
}
