package dev.joinwright.it.matrix;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a scenario once per {@link TestDatabase}; each invocation is named after its database
 * ("H2", "SQLite", "PostgreSQL", "MariaDB"), which is also the column of the scenario matrix.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(TestDatabase.class)
public @interface OnAllDatabases {}
