package org.tamiz.pipeline.ingest;

import java.io.Serializable;

/**
 * One input file: where it is ({@code path}, absolute) and how it is named in the output ({@code name}: relative
 * to the --input directory it was found under, or the file name for a file given directly), so that ids and
 * source_file do not depend on where the input happens to be mounted.
 */
public record InputFile(String path, String name, long size) implements Serializable {}
