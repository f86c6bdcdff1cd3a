package org.tamiz.pipeline.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output directory of a run (CONTRACT.md): corpus/, rejected/, docs/, manifest.json, dedup/signatures/ and
 * _SUCCESS last.
 * Everything is written under a staging directory first and moved into place at the end, so a failed run
 * never leaves a _SUCCESS and a rerun replaces the previous output whole.
 */
public final class OutputLayout {
  public static final String CORPUS = "corpus";
  public static final String REJECTED = "rejected";
  public static final String DOCS = "docs";
  public static final String MANIFEST = "manifest.json";
  /** Signatures of the kept documents, for incremental dedup of a later crawl against this corpus. */
  public static final String DEDUP = "dedup";
  public static final String SUCCESS = "_SUCCESS";
  private static final String STAGING = ".tamiz-staging";

  private final Path root;

  public OutputLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path staging() {
    return root.resolve(STAGING);
  }

  /**
   * Makes the directory ready: removes a previous _SUCCESS first (the old output is no longer complete once a
   * new run starts) and a stale staging directory. Refuses a non-empty directory that is not a Tamiz output,
   * so a typo in --output never deletes someone's data.
   */
  public void prepare() throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new IOException("output " + root + " exists and is not a directory");
    }
    Files.createDirectories(root);
    if (!Files.isWritable(root)) throw new IOException("output " + root + " is not writable");
    boolean ours = Files.exists(root.resolve(MANIFEST)) || Files.exists(root.resolve(SUCCESS)) || Files.exists(staging());
    try (Stream<Path> s = Files.list(root)) {
      if (!ours && s.findAny().isPresent()) {
        throw new IOException("output " + root + " is not empty and holds no Tamiz output (no manifest.json): refusing to overwrite it");
      }
    }
    Files.deleteIfExists(root.resolve(SUCCESS));
    deleteTree(staging());
    Files.createDirectories(staging());
  }

  /** Moves the staged output into place, then writes _SUCCESS last. */
  public void commit() throws IOException {
    for (String name : new String[] {CORPUS, REJECTED, DOCS, MANIFEST, DEDUP}) {
      deleteTree(root.resolve(name));
    }
    for (String name : new String[] {CORPUS, REJECTED, DOCS, MANIFEST, DEDUP}) {
      Path from = staging().resolve(name);
      if (Files.exists(from)) Files.move(from, root.resolve(name));
    }
    deleteTree(staging());
    Files.writeString(root.resolve(SUCCESS), "");
  }

  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(x);
    }
  }
}
