package org.tamiz.pipeline.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentSchema;
import org.tamiz.pipeline.write.OutputLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** docs/croissant.json: Croissant 1.0 with the RAI extension; every Parquet file listed with its SHA-256. */
final class Croissant {
  private Croissant() {}

  static ObjectNode build(Path staging, ObjectNode manifest, TamizConfig config) throws IOException {
    ObjectMapper m = new ObjectMapper();
    ObjectNode c = m.createObjectNode();
    ObjectNode ctx = c.putObject("@context");
    ctx.put("@language", "en");
    ctx.put("@vocab", "https://schema.org/");
    ctx.put("sc", "https://schema.org/");
    ctx.put("cr", "http://mlcommons.org/croissant/");
    ctx.put("rai", "http://mlcommons.org/croissant/RAI/");
    ctx.put("dct", "http://purl.org/dc/terms/");
    ctx.put("citeAs", "cr:citeAs");
    ctx.put("column", "cr:column");
    ctx.set("data", m.createObjectNode().put("@id", "cr:data").put("@type", "@json"));
    ctx.set("dataType", m.createObjectNode().put("@id", "cr:dataType").put("@type", "@vocab"));
    ctx.put("extract", "cr:extract");
    ctx.put("field", "cr:field");
    ctx.put("fileObject", "cr:fileObject");
    ctx.put("fileProperty", "cr:fileProperty");
    ctx.put("fileSet", "cr:fileSet");
    ctx.put("format", "cr:format");
    ctx.put("includes", "cr:includes");
    ctx.put("recordSet", "cr:recordSet");
    ctx.put("source", "cr:source");
    ctx.put("conformsTo", "dct:conformsTo");
    c.put("@type", "sc:Dataset");
    c.put("conformsTo", "http://mlcommons.org/croissant/1.0");
    c.put("name", config.output.datasetName);
    c.put("description", "Text corpus built by Tamiz " + org.tamiz.pipeline.TamizVersion.VERSION + " from "
        + manifest.get("totals").get("input_files").asLong() + " input files; " + manifest.get("totals").get("kept").asLong() + " documents.");
    c.put("license", config.output.datasetLicense);
    c.put("url", "corpus/");
    c.putObject("creator").put("@type", "sc:Organization").put("name", DatasetDocumentation.HUMAN);
    c.put("datePublished", manifest.get("created").asText().substring(0, 10));
    ArrayNode langs = c.putArray("inLanguage");
    manifest.get("totals").get("kept_by_language").fieldNames().forEachRemaining(langs::add);

    ArrayNode dist = c.putArray("distribution");
    Path corpus = staging.resolve(OutputLayout.CORPUS);
    List<Path> files;
    try (Stream<Path> s = Files.exists(corpus) ? Files.walk(corpus) : Stream.empty()) {
      files = s.filter(p -> p.toString().endsWith(".parquet")).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      String rel = staging.relativize(f).toString();
      ObjectNode o = dist.addObject();
      o.put("@type", "cr:FileObject");
      o.put("@id", rel);
      o.put("name", rel);
      o.put("contentUrl", "../" + rel);
      o.put("encodingFormat", "application/x-parquet");
      o.put("sha256", DatasetDocumentation.sha256(f));
    }
    ObjectNode set = dist.addObject();
    set.put("@type", "cr:FileSet");
    set.put("@id", "corpus-parquet");
    set.put("name", "corpus-parquet");
    set.put("encodingFormat", "application/x-parquet");
    set.put("includes", "../corpus/lang=*/*.parquet");

    ObjectNode rs = c.putArray("recordSet").addObject();
    rs.put("@type", "cr:RecordSet");
    rs.put("@id", "documents");
    rs.put("name", "documents");
    ArrayNode fields = rs.putArray("field");
    for (StructField f : DocumentSchema.SCHEMA.fields()) {
      ObjectNode o = fields.addObject();
      o.put("@type", "cr:Field");
      o.put("@id", "documents/" + f.name());
      o.put("name", f.name());
      o.put("description", DocumentSchema.columnDocs().get(f.name()));
      o.put("dataType", type(f.dataType()));
      o.putObject("source").put("fileSet", "corpus-parquet").putObject("extract").put("column", f.name());
    }
    c.put("rai:dataCollection", "Records read from the inputs listed in manifest.json (WARC/WET/JSONL/text/Parquet), HTML reduced to its main text.");
    c.put("rai:dataCollectionType", "Web scraped / existing corpora");
    c.put("rai:dataPreprocessingProtocol", "Tamiz stages " + manifest.get("stages") + "; rejected records kept with reasons in rejected/.");
    c.put("rai:personalSensitiveInformation", manifest.get("stages").toString().contains("pii")
        ? "E-mail, phone, IBAN, national ids, card numbers and IP addresses replaced by typed placeholders."
        : "Not redacted (pii stage not run).");
    c.put("rai:dataBiases", DatasetDocumentation.HUMAN);
    c.put("rai:dataLimitations", "Language labels are automatic; see lang_score. Quality and toxicity filters are rule/lexicon based.");
    c.put("rai:dataUseCases", "Language-model pre-training.");
    c.put("rai:dataReleaseMaintenancePlan", DatasetDocumentation.HUMAN);
    return c;
  }

  private static String type(DataType t) {
    if (t.equals(DataTypes.StringType)) return "sc:Text";
    if (t.equals(DataTypes.DoubleType)) return "sc:Float";
    if (t.equals(DataTypes.IntegerType) || t.equals(DataTypes.LongType)) return "sc:Integer";
    if (t.equals(DataTypes.BooleanType)) return "sc:Boolean";
    return "sc:Text";
  }
}
