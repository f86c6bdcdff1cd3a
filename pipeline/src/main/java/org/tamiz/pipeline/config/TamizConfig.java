package org.tamiz.pipeline.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole configuration of a run: one YAML file, every key optional, defaults documented in README.md.
 * Unknown keys are an error, so a typo never silently falls back to a default.
 * Module-specific sections (quality, toxicity, pii, licenses, dedup) are kept as maps and handed to their
 * module's {@code fromConfig(Map)}, which documents and validates its own keys.
 */
@JsonPropertyOrder({"input", "limits", "output", "langid", "dedup", "quality", "toxicity", "pii", "licenses"})
public final class TamizConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  public Input input = new Input();
  public Limits limits = new Limits();
  public Output output = new Output();
  public Langid langid = new Langid();
  public Map<String, Object> dedup = new LinkedHashMap<>();
  public Map<String, Object> quality = new LinkedHashMap<>();
  public Map<String, Object> toxicity = new LinkedHashMap<>();
  public Map<String, Object> pii = new LinkedHashMap<>();
  public Map<String, Object> licenses = new LinkedHashMap<>();

  /** How input records are mapped to documents. */
  @JsonPropertyOrder({"text_field", "id_field", "url_field", "lang_field", "license_field", "html_content_types"})
  public static final class Input implements Serializable {
    private static final long serialVersionUID = 1L;
    /** JSON Lines / Parquet field holding the document text. */
    public String textField = "text";
    /** Field holding the input's own id, kept as the document id. */
    public String idField = "id";
    public String urlField = "url";
    /** Used as the document's language when the langid stage is not selected. */
    public String langField = "lang";
    /** Field holding a licence declared by the source, passed to the licence stage. */
    public String licenseField = "license";
    /** WARC response content types turned into documents (status 200 only). */
    public java.util.List<String> htmlContentTypes = java.util.List.of("text/html", "application/xhtml+xml");
  }

  /** Safety limits: hitting one is reported in rejected/ and manifest.json, never fatal. */
  @JsonPropertyOrder({"max_document_bytes", "max_decompressed_bytes_per_file", "max_compression_ratio",
      "compression_ratio_min_bytes", "max_archive_entries"})
  public static final class Limits implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A record larger than this (raw bytes) is rejected as oversized. */
    public long maxDocumentBytes = 16L << 20;
    /** Decompressed bytes read from one input file before it is cut off as a decompression bomb. */
    public long maxDecompressedBytesPerFile = 64L << 30;
    /** Decompressed/compressed ratio above which a file is treated as a decompression bomb. */
    public double maxCompressionRatio = 200.0;
    /** The ratio is only checked once this many bytes have been decompressed (small files vary a lot). */
    public long compressionRatioMinBytes = 32L << 20;
    /** Entries read from one archive before the rest is cut off. */
    public long maxArchiveEntries = 1_000_000L;
  }

  @JsonPropertyOrder({"files_per_partition", "compression", "dataset_name", "dataset_license"})
  public static final class Output implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Parquet files per language / reason directory (0 = Spark's default parallelism). */
    public int filesPerPartition = 0;
    public String compression = "zstd";
    public String datasetName = "tamiz-corpus";
    /** The licence of the compilation (kept apart from each document's own licence). */
    public String datasetLicense = "ODC-By-1.0";
  }

  @JsonPropertyOrder({"min_score", "keep_und"})
  public static final class Langid implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Documents whose best language scores below this go to rejected/reason=language_not_target. */
    public double minScore = 0.0;
    /** Keep documents labelled und in corpus/lang=und instead of rejecting them. */
    public boolean keepUnd = false;
  }

  private static ObjectMapper yaml() {
    YAMLFactory f = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .build();
    return new ObjectMapper(f)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  static ObjectMapper json() {
    return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  public static TamizConfig defaults() {
    return new TamizConfig();
  }

  /** Reads a YAML file over the defaults; a missing key keeps its default. */
  public static TamizConfig load(Path file) throws IOException {
    if (file == null) return defaults();
    String text = Files.readString(file);
    if (text.isBlank()) return defaults();
    try {
      TamizConfig c = yaml().readValue(text, TamizConfig.class);
      return c == null ? defaults() : c;
    } catch (IOException e) {
      throw new IOException("cannot read config " + file + ": " + e.getMessage(), e);
    }
  }

  public String toYaml() {
    try {
      return yaml().writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The resolved configuration as plain maps, for manifest.json. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toMap() {
    return json().convertValue(this, Map.class);
  }
}
