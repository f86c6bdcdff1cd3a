package org.tamiz.pipeline;

/** The version written into every manifest, so a corpus says which code made it. */
public final class TamizVersion {
  private TamizVersion() {}

  public static final String VERSION = read();

  private static String read() {
    String v = TamizVersion.class.getPackage().getImplementationVersion();
    if (v != null) return v;
    try (var in = TamizVersion.class.getResourceAsStream("/org/tamiz/pipeline/version.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      }
    } catch (java.io.IOException e) {
      // fall through
    }
    return "dev";
  }
}
