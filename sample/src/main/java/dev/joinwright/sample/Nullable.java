package dev.joinwright.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Joinwright treats any annotation whose simple name is {@code Nullable} as "this column may be
 * NULL" (JSpecify's, JetBrains', ...). The sample declares its own to stay dependency-free.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {}
