package org.tamiz.pipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Expands --input arguments (files, directories read recursively, globs) into a sorted list of files. */
public final class InputDiscovery {
  private InputDiscovery() {}

  /** Thrown for an input that names nothing: bad usage, reported as one line by the CLI. */
  public static final class MissingInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
      super(message);
    }
  }

  public static List<InputFile> discover(List<String> inputs) throws IOException {
    Map<String, InputFile> found = new LinkedHashMap<>();
    for (String input : inputs) {
      List<InputFile> files = expand(input);
      if (files.isEmpty()) throw new MissingInputException("input not found or empty: " + input);
      for (InputFile f : files) found.putIfAbsent(f.path(), f);
    }
    List<InputFile> all = new ArrayList<>(found.values());
    all.sort(Comparator.comparing(InputFile::name).thenComparing(InputFile::path));
    return all;
  }

  private static List<InputFile> expand(String input) throws IOException {
    Path p = Paths.get(input).toAbsolutePath().normalize();
    if (Files.isRegularFile(p)) {
      return List.of(new InputFile(p.toString(), p.getFileName().toString(), Files.size(p)));
    }
    if (Files.isDirectory(p)) {
      return walk(p, p, null);
    }
    if (input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{")) {
      // A glob: walk from the deepest directory without glob characters.
      Path root = Paths.get("").toAbsolutePath();
      Path pattern = Paths.get(input);
      Path base = pattern.isAbsolute() ? pattern.getRoot() : root;
      for (Path part : pattern) {
        String s = part.toString();
        if (s.contains("*") || s.contains("?") || s.contains("[") || s.contains("{")) break;
        base = base.resolve(s);
      }
      if (!Files.isDirectory(base)) return List.of();
      String glob = (pattern.isAbsolute() ? pattern : root.resolve(pattern)).normalize().toString();
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return walk(base, base, matcher);
    }
    return List.of();
  }

  private static List<InputFile> walk(Path root, Path base, PathMatcher matcher) throws IOException {
    List<InputFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> matcher == null || matcher.matches(f))
          .filter(f -> !isHidden(base.relativize(f)))
          .forEach(f -> {
            try {
              out.add(new InputFile(f.toString(), base.relativize(f).toString(), Files.size(f)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  /** Skips dot-files and Spark/Hadoop side files (_SUCCESS, .crc) that live next to real inputs. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("_SUCCESS") || s.startsWith("_committed") || s.startsWith("_started")) return true;
    }
    return false;
  }
}
