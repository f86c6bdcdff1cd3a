package org.tamiz.pipeline.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.licenses.DocumentEvidence;
import org.tamiz.licenses.LicenseConfig;
import org.tamiz.licenses.LicenseDetector;
import org.tamiz.licenses.LicenseResult;
import org.tamiz.licenses.OptOutConfig;
import org.tamiz.licenses.OptOutDetector;
import org.tamiz.licenses.OptOutResult;
import org.tamiz.licenses.SelectionPolicy;
import org.tamiz.licenses.SiteFiles;
import org.tamiz.licenses.TakedownList;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;

/**
 * Stage {@code licenses}: each document's licence with its evidence, and its text-and-data-mining reservation
 * from robots.txt (per AI agent), TDMRep, noai, Content-Usage and Content-Signal (licenses/). robots.txt and
 * tdmrep.json come from {@code site_file} records of the WARC input and from {@code --site-files}.
 * Config keys under {@code licenses:} — {@code detection} ({@link LicenseConfig}), {@code optout}
 * ({@link OptOutConfig}), {@code selection} ({@link SelectionPolicy}), {@code takedown_list} (a file).
 */
public final class LicensesStep implements Step {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "licenses";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    Map<String, Object> cfg = context.config().licenses;
    // Parse the config in the driver first, so a bad value fails the run at once with a clear message.
    LicenseConfig licenseConfig = LicenseConfig.fromMap(section(cfg, "detection"));
    OptOutConfig optOutConfig = OptOutConfig.fromMap(section(cfg, "optout"));
    SelectionPolicy policy = SelectionPolicy.fromMap(section(cfg, "selection"));
    TakedownList takedowns = cfg.get("takedown_list") == null ? TakedownList.empty()
        : TakedownList.read(Paths.get(String.valueOf(cfg.get("takedown_list"))));
    SiteFiles sites = siteFiles(documents, context);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(context.spark().sparkContext());
    Broadcast<SiteFiles> siteBroadcast = jsc.broadcast(sites);
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean includeRejected() {
        // Every record with a URL or text gets its licence and opt-out signals, also one an earlier stage
        // rejected (und, malformed): tdm_reserved then means the same thing in corpus/ and rejected/.
        return true;
      }

      @Override
      protected Annotator open() {
        LicenseDetector licences = LicenseDetector.fromConfig(licenseConfig);
        OptOutDetector optOut = OptOutDetector.fromConfig(optOutConfig, siteBroadcast.value());
        ObjectMapper json = new ObjectMapper();
        return r -> {
          if (r.getString(DocumentSchema.URL) != null || r.getString(DocumentSchema.TEXT) != null) {
            annotate(r, licences, optOut, policy, takedowns, json);
          }
        };
      }
    }.map(documents);
  }

  /**
   * The site files of this run: --site-files first, then robots.txt / tdmrep.json records found in the WARC input
   * (the newest capture per host wins). These are small, one per host, and go to every executor as a broadcast.
   */
  static SiteFiles siteFiles(Dataset<Row> documents, StepContext context) {
    SiteFiles.Builder b = SiteFiles.builder();
    List<Row> rows = documents.where(col("reason").equalTo("site_file"))
        .select(col("url"), col("text"), col("warc_date")).orderBy(col("warc_date"), col("url")).collectAsList();
    for (Row r : rows) {
      if (r.getString(0) != null && r.getString(1) != null) b.addFetched(r.getString(0), r.getString(1));
    }
    // --site-files (DIR/HOST/robots.txt, DIR/HOST/.well-known/tdmrep.json) come last: the user's copy wins.
    if (context.siteFiles() != null) {
      try (var hosts = java.nio.file.Files.list(context.siteFiles())) {
        for (java.nio.file.Path dir : (Iterable<java.nio.file.Path>) hosts.sorted()::iterator) {
          String host = dir.getFileName().toString();
          java.nio.file.Path robots = dir.resolve("robots.txt");
          java.nio.file.Path tdm = dir.resolve(".well-known").resolve("tdmrep.json");
          if (java.nio.file.Files.isRegularFile(robots)) b.robotsTxt(host, java.nio.file.Files.readString(robots));
          if (java.nio.file.Files.isRegularFile(tdm)) b.tdmRepJson(host, java.nio.file.Files.readString(tdm));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read --site-files " + context.siteFiles(), e);
      }
    }
    return b.build();
  }

  static void annotate(DocumentRecord r, LicenseDetector licences, OptOutDetector optOut, SelectionPolicy policy,
                       TakedownList takedowns, ObjectMapper json) {
    DocumentEvidence d = evidence(r);
    LicenseResult lic = licences.detect(d);
    OptOutResult opt = optOut.detect(d);
    r.set(DocumentSchema.LICENSE_SPDX, lic.spdx());
    r.set(DocumentSchema.LICENSE_CATEGORY, lic.category());
    r.set(DocumentSchema.LICENSE_CONFIDENCE, lic.confidence());
    r.set(DocumentSchema.LICENSE_EVIDENCE, toJson(json, lic.evidence()));
    r.set(DocumentSchema.TDM_RESERVED, opt.tdmReserved());
    ObjectNode signals = json.createObjectNode();
    signals.set("signals", json.valueToTree(opt.signals()));
    signals.set("disallowed_agents", json.valueToTree(opt.disallowedAgents()));
    if (opt.tdmPolicy() != null) signals.put("tdm_policy", opt.tdmPolicy());
    r.set(DocumentSchema.TDM_SIGNALS, signals.toString());
    Optional<String> takedown = takedowns.match(r.getString(DocumentSchema.ID), d.url());
    if (takedown.isPresent()) {
      r.reject(TakedownList.REASON, "takedown list: " + takedown.get());
      return;
    }
    List<String> reasons = policy.rejectReasons(lic, opt);
    if (!reasons.isEmpty()) {
      String why = reasons.get(0).equals(SelectionPolicy.REASON_TDM_OPT_OUT)
          ? "TDM reservation: " + opt.signals().stream().filter(s -> s.reserves()).map(s -> s.kind() + "@" + s.origin()).toList()
          : "licence " + lic.spdx() + " (" + lic.category() + ")";
      r.reject(reasons.get(0), why);
    }
  }

  private static String toJson(ObjectMapper json, Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  static DocumentEvidence evidence(DocumentRecord r) {
    Map<String, String> headers = new HashMap<>();
    Object h = r.get(DocumentSchema.HTTP_HEADERS);
    if (h instanceof scala.collection.Map<?, ?> m) {
      scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Map<String, String>) m).forEach(headers::put);
    }
    List<DocumentEvidence.MetaTag> meta = new ArrayList<>();
    for (Row m : rows(r.get(DocumentSchema.HTML_META))) meta.add(new DocumentEvidence.MetaTag(m.getString(0), m.getString(1)));
    List<DocumentEvidence.HtmlLink> links = new ArrayList<>();
    for (Row l : rows(r.get(DocumentSchema.HTML_LINKS))) {
      links.add(new DocumentEvidence.HtmlLink(l.getString(0), l.getString(1), l.getString(2), l.getString(3), l.getString(4)));
    }
    List<String> jsonLd = new ArrayList<>();
    Object j = r.get(DocumentSchema.HTML_JSONLD);
    if (j instanceof scala.collection.Seq<?> s) jsonLd.addAll((List<String>) scala.jdk.javaapi.CollectionConverters.asJava(s));
    return new DocumentEvidence(r.getString(DocumentSchema.URL), r.getString(DocumentSchema.TEXT),
        r.getString(DocumentSchema.SOURCE_FILE), headers, meta, links, jsonLd, r.getString(DocumentSchema.INPUT_LICENSE));
  }

  @SuppressWarnings("unchecked")
  private static List<Row> rows(Object o) {
    if (o instanceof scala.collection.Seq<?> s) return (List<Row>) scala.jdk.javaapi.CollectionConverters.asJava(s);
    return List.of();
  }
}
