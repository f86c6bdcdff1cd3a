package org.tamiz.pipeline.ingest;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.spark.ProgressReporter;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every input file into the document table: one Spark task per file, each streaming its file through
 * {@link SourceReader}; Parquet files are read by Spark's own Parquet reader and mapped to the same schema.
 */
public final class SparkIngest {
  private SparkIngest() {}

  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, TamizConfig config) throws IOException {
    List<InputFile> parquet = new ArrayList<>();
    List<InputFile> streamed = new ArrayList<>();
    for (InputFile f : files) (isParquet(f) ? parquet : streamed).add(f);

    Dataset<Row> docs = null;
    if (!streamed.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      JavaRDD<InputFile> perFile = jsc.parallelize(streamed, streamed.size()); // one task per file
      LongAccumulator counter = spark.sparkContext().longAccumulator(ProgressReporter.RECORDS_READ);
      JavaRDD<Row> rows = perFile.mapPartitions((FlatMapFunction<Iterator<InputFile>, Row>) it -> {
        SourceReader reader = new SourceReader(config); // built once per task: holds the HTML parser
        return new FlatIterator(it, reader, counter);
      });
      docs = spark.createDataFrame(rows, DocumentSchema.SCHEMA);
    }
    if (!parquet.isEmpty()) {
      Dataset<Row> p = readParquet(spark, parquet, config);
      docs = docs == null ? p : docs.unionAll(p);
    }
    if (docs == null) docs = spark.createDataFrame(new ArrayList<Row>(), DocumentSchema.SCHEMA);
    return docs;
  }

  static boolean isParquet(InputFile f) throws IOException {
    try (InputStream in = Files.newInputStream(Paths.get(f.path()))) {
      byte[] b = in.readNBytes(4);
      return b.length == 4 && b[0] == 'P' && b[1] == 'A' && b[2] == 'R' && b[3] == '1';
    }
  }

  /** Parquet with a text column: the configured fields map like JSON Lines', other columns go to metadata. */
  private static Dataset<Row> readParquet(SparkSession spark, List<InputFile> files, TamizConfig config) {
    Map<String, String> names = new HashMap<>();
    String[] paths = new String[files.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = files.get(i).path();
      names.put(Paths.get(files.get(i).path()).toUri().getPath(), files.get(i).name());
    }
    Dataset<Row> raw = spark.read().option("mergeSchema", "true").parquet(paths)
        .withColumn("__tamiz_file", functions.col("_metadata.file_path"))
        .withColumn("__tamiz_row", functions.col("_metadata.row_index"));
    StructField[] fields = raw.schema().fields();
    TamizConfig.Input in = config.input;
    return raw.mapPartitions((MapPartitionsFunction<Row, Row>) it -> new Iterator<Row>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Row next() {
        Row row = it.next();
        String path = URI.create(row.getAs("__tamiz_file")).getPath();
        String name = names.getOrDefault(path, path);
        long index = row.<Long>getAs("__tamiz_row");
        InputFile file = new InputFile(path, name, 0);
        ReadContext ctx = new ReadContext(file, config, "", 0);
        DocumentRecord r = ctx.newRecord("row " + index, ContentFormat.PARQUET);
        Map<String, String> metadata = new TreeMap<>();
        Object text = null;
        boolean hasText = false;
        for (int i = 0; i < fields.length; i++) {
          String f = fields[i].name();
          Object v = row.get(i);
          if (f.startsWith("__tamiz_")) continue;
          if (f.equals(in.textField)) {
            hasText = true;
            text = v;
          } else if (f.equals(in.idField)) {
            if (v != null) r.set(DocumentSchema.ID, v.toString());
          } else if (f.equals(in.urlField)) {
            r.set(DocumentSchema.URL, v == null ? null : v.toString());
          } else if (f.equals(in.langField)) {
            r.set(DocumentSchema.INPUT_LANG, v == null ? null : v.toString());
          } else if (f.equals(in.licenseField)) {
            r.set(DocumentSchema.INPUT_LICENSE, v == null ? null : v.toString());
          } else if (v != null) {
            metadata.put(f, v.toString());
          }
        }
        if (!metadata.isEmpty()) r.set(DocumentSchema.METADATA, SparkValues.stringMap(metadata));
        if (!hasText) {
          r.reject("malformed", name + " at row " + index + ": no column '" + in.textField + "'");
        } else if (!(text instanceof String)) {
          r.reject("malformed", name + " at row " + index + ": " + (text == null ? "null text" : "text is not a string"));
        } else {
          r.set(DocumentSchema.TEXT, text);
          if (((String) text).isBlank()) r.reject("empty_text", "the text column is empty");
        }
        return r.toRow();
      }
    }, Encoders.row(DocumentSchema.SCHEMA));
  }

  /** Flattens files into their records, one file after the other. */
  private static final class FlatIterator implements Iterator<Row> {
    private final Iterator<InputFile> files;
    private final SourceReader reader;
    private final LongAccumulator counter;
    private Iterator<DocumentRecord> current = java.util.Collections.emptyIterator();

    FlatIterator(Iterator<InputFile> files, SourceReader reader, LongAccumulator counter) {
      this.files = files;
      this.reader = reader;
      this.counter = counter;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!files.hasNext()) return false;
        current = reader.read(files.next());
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      counter.add(1);
      return current.next().toRow();
    }
  }
}
