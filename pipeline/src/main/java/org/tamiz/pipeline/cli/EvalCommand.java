package org.tamiz.pipeline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The evaluation and benchmark commands of every module, under one name, so that anyone can rerun the numbers
 * the issues quote: {@code ./tamiz eval TOOL ARGS...}. Each tool is the module's own main class; its usage is
 * printed when it is run without arguments.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluation and benchmark tools: ./tamiz eval TOOL [ARGS...]", "Tools:",
        "  read-bench FILE...               readers alone (WARC parsing + HTML extraction), MB/s per core",
        "  langid FILE                      language identification on lang<TAB>text lines (P/R/F1, macro-F1, speed)",
        "  html EVALDATA.json HTML_DIR      main-text extraction, trafilatura's evaldata format (P/R/F1, pages/s)",
        "  html-bench [WARC...]             extraction speed in pages/s on real pages",
        "  quality-calibration INPUT OUTDIR per-language signal distributions and rule shares (CSV + HTML)",
        "  quality-bench [ARGS]             quality filtering speed",
        "  toxicity FILE                    harmful-content precision/recall per language",
        "  pii FILE                         PII precision/recall per type",
        "  dedup-bench [ARGS]               deduplication speed"})
final class EvalCommand implements Callable<Integer> {
  static final Map<String, String> TOOLS = new LinkedHashMap<>();

  static {
    TOOLS.put("read-bench", "org.tamiz.pipeline.ingest.ReadBenchmark");
    TOOLS.put("langid", "org.tamiz.langid.eval.EvaluateLanguageIdentifier");
    TOOLS.put("html", "org.tamiz.pipeline.html.EvaluateExtraction");
    TOOLS.put("html-bench", "org.tamiz.pipeline.html.ExtractionBenchmark");
    TOOLS.put("quality-calibration", "org.tamiz.filters.quality.CalibrationReport");
    TOOLS.put("quality-bench", "org.tamiz.filters.quality.QualityBenchmark");
    TOOLS.put("toxicity", "org.tamiz.filters.toxicity.ToxicityEvaluation");
    TOOLS.put("pii", "org.tamiz.filters.pii.PiiEvaluation");
    TOOLS.put("dedup-bench", "org.tamiz.pipeline.dedup.DedupBenchmark");
  }

  @Parameters(index = "0", paramLabel = "TOOL", description = "one of: ${COMPLETION-CANDIDATES}")
  String tool;

  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String main = TOOLS.get(tool);
    if (main == null) throw new TamizCli.UsageException("unknown tool '" + tool + "'; tools: " + String.join(", ", TOOLS.keySet()));
    Class<?> c;
    try {
      c = Class.forName(main);
    } catch (ClassNotFoundException e) {
      throw new TamizCli.UsageException("tool '" + tool + "' is not in this build (" + main + ")");
    }
    Method m = c.getMethod("main", String[].class);
    try {
      m.invoke(null, (Object) args.toArray(new String[0]));
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
    return 0;
  }
}
