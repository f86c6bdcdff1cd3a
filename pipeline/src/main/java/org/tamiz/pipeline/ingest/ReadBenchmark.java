package org.tamiz.pipeline.ingest;

import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentRecord;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Locale;

/**
 * The readers alone, without Spark: every record of the given files read (HTML extracted) on one thread, twice
 * (the first pass warms the JIT up). Prints compressed MB/s and records/s of thread CPU time and of wall time.
 * {@code ./tamiz eval read-bench FILE...}
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ./tamiz eval read-bench FILE...");
      return;
    }
    SourceReader reader = new SourceReader(TamizConfig.defaults());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 1; pass <= 2; pass++) {
      long bytes = 0;
      long records = 0;
      long chars = 0;
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (String a : args) {
        Path p = Paths.get(a).toAbsolutePath();
        bytes += Files.size(p);
        for (Iterator<DocumentRecord> it = reader.read(new InputFile(p.toString(), p.getFileName().toString(), Files.size(p))); it.hasNext(); ) {
          DocumentRecord r = it.next();
          records++;
          String t = r.getString(org.tamiz.pipeline.schema.DocumentSchema.TEXT);
          if (t != null) chars += t.length();
        }
      }
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - wall0) / 1e9;
      double mb = bytes / 1048576.0;
      System.out.printf(Locale.ROOT, "pass %d: %.1f MB, %d records, %d text chars: %.1f MB/s and %.0f records/s per CPU second (wall %.1f MB/s)%n",
          pass, mb, records, chars, mb / cpu, records / cpu, mb / wall);
    }
  }
}
