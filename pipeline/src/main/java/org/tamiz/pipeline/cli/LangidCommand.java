package org.tamiz.pipeline.cli;

import org.tamiz.langid.LanguageIdentifier;
import org.tamiz.langid.LanguageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "langid", mixinStandardHelpOptions = true,
    description = {"Read UTF-8 text from stdin, one document per line, and print CODE<TAB>SCORE per line.",
        "With --eval FILE: evaluate on a lang<TAB>text file and print per-language P/R/F1, macro-F1 and speed."})
final class LangidCommand implements Callable<Integer> {
  @Option(names = "--eval", paramLabel = "FILE", description = "Evaluate on a lang<TAB>text[<TAB>...] file.")
  Path eval;

  @Override
  public Integer call() throws Exception {
    if (eval != null) {
      org.tamiz.langid.eval.EvaluateLanguageIdentifier.evaluate(eval, new PrintStream(System.out, true, StandardCharsets.UTF_8));
      return 0;
    }
    LanguageIdentifier id = LanguageIdentifier.getDefault();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    String line;
    while ((line = in.readLine()) != null) {
      LanguageResult r = id.identify(line);
      out.write(r.lang());
      out.write('\t');
      out.write(String.format(Locale.ROOT, "%.4f", r.score()));
      out.write('\n');
    }
    out.flush();
    return 0;
  }
}
