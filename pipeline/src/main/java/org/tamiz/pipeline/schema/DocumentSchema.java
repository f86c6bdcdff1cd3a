package org.tamiz.pipeline.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one document schema, shared by every step and by both corpus/ and rejected/. Steps fill columns in;
 * none adds or removes one, so every output file has the same columns. README.md documents each column
 * (the test {@code DocumentSchemaTest} checks that README names them all).
 */
public final class DocumentSchema {
  private DocumentSchema() {}

  private static final Map<String, String> DOCS = new LinkedHashMap<>();
  private static final List<StructField> FIELDS = new ArrayList<>();

  static final DataType STRING_MAP = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType);
  static final DataType META_TAG = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("name", DataTypes.StringType, true),
      DataTypes.createStructField("content", DataTypes.StringType, true)});
  static final DataType LINK_TAG = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("tag", DataTypes.StringType, true),
      DataTypes.createStructField("rel", DataTypes.StringType, true),
      DataTypes.createStructField("href", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("region", DataTypes.StringType, true)});

  private static int add(String name, DataType type, String doc) {
    FIELDS.add(new StructField(name, type, true, Metadata.empty()));
    DOCS.put(name, doc);
    return FIELDS.size() - 1;
  }

  // Identity and provenance.
  public static final int ID = add("id", DataTypes.StringType,
      "the input's own id where it has one, else a stable id derived from source file and position");
  public static final int TEXT = add("text", DataTypes.StringType,
      "the document text (null only for records that could not be decoded)");
  public static final int LANG = add("lang", DataTypes.StringType, "language code (35 targets) or und");
  public static final int LANG_SCORE = add("lang_score", DataTypes.DoubleType, "language confidence in [0, 1]");
  public static final int URL = add("url", DataTypes.StringType, "source URL, where known");
  public static final int SOURCE_FILE = add("source_file", DataTypes.StringType,
      "the input file, relative to the --input it was found under");
  public static final int SOURCE_LOCATOR = add("source_locator", DataTypes.StringType,
      "where in the file: warc@OFFSET, line N, row N, or ENTRY!warc@OFFSET inside an archive");
  public static final int SOURCE_FORMAT = add("source_format", DataTypes.StringType,
      "warc, arc, wet, jsonl, txt, parquet");
  // Verdict.
  public static final int REASON = add("reason", DataTypes.StringType,
      "null for kept documents; the stable reason code of a rejection");
  public static final int REASON_DETAIL = add("reason_detail", DataTypes.StringType,
      "human-readable detail of the rejection (file, record, what failed)");
  public static final int DUPLICATE_OF = add("duplicate_of", DataTypes.StringType,
      "for duplicates: the id of the document that was kept");
  public static final int DUP_CLUSTER_SIZE = add("dup_cluster_size", DataTypes.IntegerType,
      "for a kept document: how many documents its duplicate cluster had (1 = unique)");
  // Licence and opt-out.
  public static final int LICENSE_SPDX = add("license_spdx", DataTypes.StringType,
      "the document's licence (SPDX id or LicenseRef-...), unknown when none is found");
  public static final int LICENSE_CATEGORY = add("license_category", DataTypes.StringType,
      "public_domain, permissive, copyleft_share_alike, non_commercial, no_derivatives, restricted, unknown, conflicting");
  public static final int LICENSE_CONFIDENCE = add("license_confidence", DataTypes.DoubleType,
      "confidence of the licence decision in [0, 1]");
  public static final int LICENSE_EVIDENCE = add("license_evidence", DataTypes.StringType,
      "JSON list of the licence evidence (method, position, snippet)");
  public static final int TDM_RESERVED = add("tdm_reserved", DataTypes.BooleanType,
      "a text-and-data-mining reservation applies");
  public static final int TDM_SIGNALS = add("tdm_signals", DataTypes.StringType,
      "JSON of the raw opt-out signals found (robots.txt agents, TDMRep, noai, Content-Usage)");
  // What the input carried.
  public static final int WARC_RECORD_ID = add("warc_record_id", DataTypes.StringType, "WARC-Record-ID");
  public static final int WARC_DATE = add("warc_date", DataTypes.StringType, "WARC-Date (fetch time), ISO-8601");
  public static final int HTTP_STATUS = add("http_status", DataTypes.IntegerType, "HTTP status of a WARC response");
  public static final int CONTENT_TYPE = add("content_type", DataTypes.StringType, "HTTP Content-Type");
  public static final int HTTP_HEADERS = add("http_headers", STRING_MAP,
      "HTTP headers later stages use (lower-cased names): content-type, x-robots-tag, tdm-reservation, tdm-policy, content-usage, content-signal, link, last-modified");
  public static final int HTML_META = add("html_meta", DataTypes.createArrayType(META_TAG),
      "every <meta> of the page: name (name, property or http-equiv, lower-cased) and content");
  public static final int HTML_LINKS = add("html_links", DataTypes.createArrayType(LINK_TAG),
      "<link rel> tags and <a> with rel or a licence href: tag, rel, href, text, region (head, main, boilerplate)");
  public static final int HTML_JSONLD = add("html_jsonld", DataTypes.createArrayType(DataTypes.StringType),
      "raw JSON-LD blocks of the page");
  public static final int HTML_TITLE = add("html_title", DataTypes.StringType, "the page title");
  public static final int HTML_LANG = add("html_lang", DataTypes.StringType, "the <html lang> attribute");
  public static final int INPUT_LANG = add("input_lang", DataTypes.StringType,
      "the language the input declared (JSONL lang field)");
  public static final int INPUT_LICENSE = add("input_license", DataTypes.StringType,
      "the licence the input declared (JSONL license field)");
  public static final int METADATA = add("metadata", STRING_MAP,
      "the input's other fields (JSON values as strings)");
  public static final int INVALID_UTF8_REPAIRED = add("invalid_utf8_repaired", DataTypes.IntegerType,
      "invalid UTF-8 sequences replaced by U+FFFD while decoding");
  // Signals added by steps.
  public static final int LANG_ALTERNATIVES = add("lang_alternatives", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType),
      "the next-best languages and their scores");
  public static final int QUALITY_SIGNALS = add("quality_signals", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType),
      "every quality signal (Gopher, C4, FineWeb) by name");
  public static final int QUALITY_REASONS = add("quality_reasons", DataTypes.createArrayType(DataTypes.StringType),
      "every quality rule that would drop the document");
  public static final int NORMALISATION = add("normalisation", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType),
      "text normalisation counts (NFC, mojibake, control characters, whitespace, C4 lines removed)");
  public static final int TOXICITY_SCORE = add("toxicity_score", DataTypes.DoubleType, "weighted density of harmful-content hits");
  public static final int TOXICITY_HITS = add("toxicity_hits", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType),
      "harmful-content lexicon hits per category");
  public static final int BLOCKED_DOMAIN = add("blocked_domain", DataTypes.StringType,
      "the blocklist category of the URL's domain, if any");
  public static final int PII_COUNTS = add("pii_counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType),
      "personal data redacted, per type (EMAIL, PHONE, IBAN, ID_NUMBER, CARD, IP)");
  public static final int LINES_REMOVED = add("lines_removed", DataTypes.IntegerType,
      "lines removed as corpus-wide repeated boilerplate");

  public static final StructType SCHEMA = new StructType(FIELDS.toArray(new StructField[0]));
  public static final int WIDTH = FIELDS.size();

  public static final StructType META_TAG_TYPE = (StructType) META_TAG;
  public static final StructType LINK_TAG_TYPE = (StructType) LINK_TAG;

  /** Column name → one-line meaning, in schema order (README.md's column table). */
  public static Map<String, String> columnDocs() {
    return java.util.Collections.unmodifiableMap(DOCS);
  }

  public static String name(int index) {
    return FIELDS.get(index).name();
  }
}
