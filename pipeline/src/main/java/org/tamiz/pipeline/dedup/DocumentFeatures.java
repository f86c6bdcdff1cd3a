package org.tamiz.pipeline.dedup;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

/**
 * The one pass over the text: per kept document, everything the later shuffles compare (canonical URL, exact
 * key, MinHash signature and its band buckets, line keys) plus what the keeper rule ranks by. Tokenizers and
 * digests are built once per partition.
 */
final class DocumentFeatures implements Serializable {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = new StructType()
      .add("node", DataTypes.LongType, false)
      .add("id", DataTypes.StringType)
      .add("scope", DataTypes.StringType, false)
      .add("lang", DataTypes.StringType)
      .add("previous", DataTypes.BooleanType, false)
      .add("url_key", DataTypes.StringType)
      .add("exact_hi", DataTypes.LongType)
      .add("exact_lo", DataTypes.LongType)
      // Length of the normalised text (whitespace and case variants of one text tie; the keeper rule goes on).
      .add("length", DataTypes.IntegerType, false)
      .add("fetched", DataTypes.LongType)
      .add("quality", DataTypes.DoubleType)
      .add("sig", DataTypes.BinaryType)
      .add("buckets", DataTypes.createArrayType(DataTypes.LongType, false))
      .add("line_keys", DataTypes.createArrayType(DataTypes.LongType, false));

  private final DedupConfig config;
  private final LshBands lsh;
  /** Index of the extra node column appended after the document columns. */
  private final int nodeIndex;

  DocumentFeatures(DedupConfig config, int nodeIndex) {
    this.config = config;
    this.lsh = config.lsh();
    this.nodeIndex = nodeIndex;
  }

  static String scopeOf(DedupConfig config, String lang) {
    return config.scope == DedupConfig.Scope.GLOBAL ? "*" : lang == null ? "und" : lang;
  }

  Dataset<Row> extract(Dataset<Row> documentsWithNode) {
    DedupConfig cfg = config;
    LshBands bands = lsh;
    int nodeAt = nodeIndex;
    return documentsWithNode.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      MinHasher hasher = new MinHasher(cfg.numHashes, cfg.shingleSize, cfg.seed);
      WordSplitters splitters = WordSplitters.forPartition();
      TextKeys keys = new TextKeys();
      UrlCanonicalizer urls = UrlCanonicalizer.get();
      LongList words = new LongList(1024);
      LongList lines = new LongList(64);
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String text = r.getString(DocumentSchema.TEXT);
          if (text == null) text = "";
          String lang = r.getString(DocumentSchema.LANG);
          long[] exact = keys.exactKey(text);
          byte[] sig = null;
          long[] buckets = null;
          long[] lineKeys = null;
          if (exact != null) {
            if (cfg.near) {
              words.clear();
              splitters.forLanguage(lang).wordHashes(text, words);
              int[] s = hasher.signature(words);
              if (s != null) {
                sig = MinHasher.toBytes(s);
                buckets = bands.buckets(s);
              }
            }
            if (cfg.lines) lineKeys = lineKeys(keys, text, lines);
          }
          return RowFactory.create(r.getLong(nodeAt), r.getString(DocumentSchema.ID), scopeOf(cfg, lang), lang, false,
              cfg.url && exact != null ? urls.canonical(r.getString(DocumentSchema.URL)) : null,
              exact == null ? null : exact[0], exact == null ? null : exact[1],
              exact == null ? 0 : (int) exact[2], epochMillis(r.getString(DocumentSchema.WARC_DATE)),
              quality(r, cfg.keeperSignal), sig, buckets, lineKeys);
        }
      };
    }, Encoders.row(SCHEMA));
  }

  /** Distinct keys of the document's non-blank lines. */
  static long[] lineKeys(TextKeys keys, String text, LongList buffer) {
    buffer.clear();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      long k = keys.lineKey(text.substring(start, end));
      if (k != 0L) buffer.add(k);
      start = end + 1;
    }
    return buffer.toSortedDistinctArray();
  }

  static Double quality(Row r, String signal) {
    if (signal == null || r.isNullAt(DocumentSchema.QUALITY_SIGNALS)) return null;
    scala.collection.Map<Object, Object> m = r.getMap(DocumentSchema.QUALITY_SIGNALS);
    scala.Option<Object> v = m.get(signal);
    return v.isDefined() && v.get() != null ? ((Number) v.get()).doubleValue() : null;
  }

  /** WARC-Date as epoch milliseconds; null when absent or unparsable (such a fetch counts as the oldest). */
  static Long epochMillis(String warcDate) {
    if (warcDate == null || warcDate.isBlank()) return null;
    try {
      return Instant.parse(warcDate.trim()).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(warcDate.trim()).toInstant().toEpochMilli();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
