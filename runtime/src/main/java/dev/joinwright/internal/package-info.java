/**
 * Internal runtime support called only by code the Joinwright processor generates: statement
 * helpers ({@link dev.joinwright.internal.Jdbc}), value binding per dialect
 * ({@link dev.joinwright.internal.Values}, {@link dev.joinwright.internal.TemporalValues}), key
 * chunking ({@link dev.joinwright.internal.Chunks}) and exception translation
 * ({@link dev.joinwright.internal.SqlErrors}). Not a public API: it may change in any release.
 */
package dev.joinwright.internal;
