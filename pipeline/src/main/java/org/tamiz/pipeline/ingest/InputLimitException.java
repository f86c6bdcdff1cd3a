package org.tamiz.pipeline.ingest;

import java.io.IOException;

/** A safety limit was hit (decompression bomb, too many archive entries): the rest of the file is not read. */
public final class InputLimitException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public InputLimitException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The reason code of the rejected row that reports it. */
  public String reason() {
    return reason;
  }
}
