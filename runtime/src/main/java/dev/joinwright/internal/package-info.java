/**
 * Internal runtime support called only by code the Joinwright processor generates: statement
 * helpers ({@link dev.joinwright.internal.Jdbc}), key chunking ({@link dev.joinwright.internal.Chunks})
 * and exception translation ({@link dev.joinwright.internal.SqlErrors}). Generated code binds and
 * reads values through the public {@link dev.joinwright.Codecs} of its database. Not a public API:
 * it may change in any release.
 */
package dev.joinwright.internal;
