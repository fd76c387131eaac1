package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Binder;
import dev.joinwright.processor.model.Schema;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a rule may look at: the schema as written, the binder that infers relationships, javac's
 * type utilities, and where to report.
 */
public record ValidationContext(
        Schema schema, Binder binder, Types types, Elements elements, Diagnostics diagnostics) {}
