/**
 * Joinwright: declare tables and relationships as annotated interfaces; the annotation processor
 * generates the DDL, immutable records and typed DAOs.
 *
 * <p>The annotations are {@link dev.joinwright.Entity}, {@link dev.joinwright.Id},
 * {@link dev.joinwright.Column}, {@link dev.joinwright.ForeignKey},
 * {@link dev.joinwright.Relationship}, and on the entity type {@link dev.joinwright.Unique} and
 * {@link dev.joinwright.Index}. A column is nullable when its accessor carries any
 * annotation whose simple name is {@code Nullable} (JSpecify's, JetBrains', javax's ...).
 */
package dev.joinwright;
