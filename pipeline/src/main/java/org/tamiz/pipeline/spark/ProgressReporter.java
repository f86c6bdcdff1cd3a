package org.tamiz.pipeline.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.executor.TaskMetrics;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on stderr for runs longer than a few seconds: the stage (job description), records and bytes read
 * so far, and the rate. Counts come from finished tasks' metrics, so they are exact, not sampled.
 */
public final class ProgressReporter extends SparkListener implements AutoCloseable {
  private final PrintStream out;
  private final long start = System.nanoTime();
  /** Name of the accumulator the readers count records with. */
  public static final String RECORDS_READ = "tamiz.records_read";
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private volatile String stage = "start";
  private final Thread ticker;
  private volatile boolean running = true;

  public ProgressReporter(PrintStream out, long intervalMillis) {
    this.out = out;
    this.ticker = new Thread(() -> {
      try {
        Thread.sleep(Math.max(intervalMillis, 1000));
        while (running) {
          print();
          Thread.sleep(intervalMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tamiz-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String d = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.job.description");
    if (d != null) stage = d;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    TaskMetrics m = taskEnd.taskMetrics();
    tasks.incrementAndGet();
    if (taskEnd.taskInfo() != null) {
      scala.collection.Iterator<org.apache.spark.scheduler.AccumulableInfo> it = taskEnd.taskInfo().accumulables().iterator();
      while (it.hasNext()) {
        org.apache.spark.scheduler.AccumulableInfo a = it.next();
        if (a.name().isDefined() && RECORDS_READ.equals(a.name().get()) && a.update().isDefined()) {
          documents.addAndGet(((Number) a.update().get()).longValue());
        }
      }
    }
    if (m == null) return;
    records.addAndGet(m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead());
    written.addAndGet(m.outputMetrics().recordsWritten());
  }

  private void print() {
    double secs = (System.nanoTime() - start) / 1e9;
    out.println(String.format(Locale.ROOT, "[tamiz] %6.0fs stage=%s tasks=%d records_read=%d rows_shuffled=%d rows_written=%d rate=%.0f records/s",
        secs, stage, tasks.get(), documents.get(), records.get(), written.get(), documents.get() / Math.max(secs, 1e-3)));
  }

  @Override
  public void close() {
    running = false;
    ticker.interrupt();
  }
}
