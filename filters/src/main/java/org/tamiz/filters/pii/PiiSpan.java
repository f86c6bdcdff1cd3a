package org.tamiz.filters.pii;

/** One detected identifier: its type and its character range [start, end) in the input text. */
public record PiiSpan(PiiType type, int start, int end) {
}
