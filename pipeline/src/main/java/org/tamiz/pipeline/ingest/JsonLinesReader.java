package org.tamiz.pipeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Lines: one object per line; the text, id, url, lang and licence fields are named in the config; every
 * other field is kept in {@code metadata}. A bad line (invalid JSON, two objects, no text) is rejected as
 * malformed and reading goes on with the next line.
 */
final class JsonLinesReader extends RecordIterator {
  // Jackson's defaults reject strings over 20 M chars and accept a second object after the first
  // (REFERENCE.md §8): the document-size limit is ours, and trailing tokens make a line malformed.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(1000).maxDocumentLength(-1).build());
  }

  private final ReadContext ctx;
  private final LineReader lines;
  private final TamizConfig.Input fields;

  JsonLinesReader(ReadContext ctx, InputStream in) {
    this.ctx = ctx;
    this.lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 16, ctx.config.limits.maxDocumentBytes));
    this.fields = ctx.config.input;
  }

  @Override
  protected String locator() {
    return "line " + (lines.lineNumber() + 1);
  }

  @Override
  protected DocumentRecord computeNext() throws IOException {
    while (true) {
      if (!lines.next()) return null;
      String loc = "line " + lines.lineNumber();
      if (lines.oversized()) {
        return ctx.rejected(loc, ContentFormat.JSONL, "oversized",
            "line of " + lines.bytesSeen() + " bytes exceeds limits.max_document_bytes=" + ctx.config.limits.maxDocumentBytes);
      }
      if (isBlank(lines.bytes(), lines.length())) continue; // a blank line is not a record
      TextDecoding.Decoded line = TextDecoding.utf8(lines.bytes(), 0, lines.length());
      JsonNode node;
      try {
        node = JSON.readTree(line.text());
      } catch (JsonProcessingException e) {
        return ctx.rejected(loc, ContentFormat.JSONL, "malformed", "invalid JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return ctx.rejected(loc, ContentFormat.JSONL, "malformed", "not a JSON object");
      }
      return toRecord(loc, node, line.repaired());
    }
  }

  private DocumentRecord toRecord(String loc, JsonNode node, int repaired) {
    DocumentRecord r = ctx.newRecord(loc, ContentFormat.JSONL);
    JsonNode text = node.get(fields.textField);
    Map<String, String> metadata = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      if (k.equals(fields.textField) || k.equals(fields.idField) || k.equals(fields.urlField)
          || k.equals(fields.langField) || k.equals(fields.licenseField)) continue;
      JsonNode v = e.getValue();
      metadata.put(k, v.isTextual() ? v.asText() : v.toString());
    }
    String id = scalar(node.get(fields.idField));
    if (id != null && !id.isEmpty()) r.set(DocumentSchema.ID, id);
    r.set(DocumentSchema.URL, scalar(node.get(fields.urlField)));
    r.set(DocumentSchema.INPUT_LANG, scalar(node.get(fields.langField)));
    r.set(DocumentSchema.INPUT_LICENSE, scalar(node.get(fields.licenseField)));
    r.set(DocumentSchema.METADATA, SparkValues.stringMap(metadata));
    r.set(DocumentSchema.INVALID_UTF8_REPAIRED, repaired);
    if (text == null || text.isNull()) {
      return r.reject("malformed", ctx.file.name() + " at " + r.getString(DocumentSchema.SOURCE_LOCATOR)
          + ": no text field '" + fields.textField + "'");
    }
    if (!text.isTextual()) {
      return r.reject("malformed", ctx.file.name() + " at " + r.getString(DocumentSchema.SOURCE_LOCATOR)
          + ": field '" + fields.textField + "' is " + text.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a string");
    }
    r.set(DocumentSchema.TEXT, text.asText());
    if (text.asText().isBlank()) r.reject("empty_text", "the text field is empty");
    return r;
  }

  private static String scalar(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) return null;
    return n.asText();
  }

  private static boolean isBlank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return true;
  }
}
