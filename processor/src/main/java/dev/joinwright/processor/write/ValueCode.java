package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import java.util.Arrays;
import java.util.Objects;

/** Code fragments that compare, hash and print one column's value according to its type. */
final class ValueCode {
    private ValueCode() {}

    static CodeBlock equalTerm(Column column, String left, String right) {
        String n = column.accessorName();
        if (column.type() == ColumnType.BYTES) {
            return CodeBlock.of("$T.equals($L.$N, $L.$N)", Arrays.class, left, n, right, n);
        }
        if (column.primitive()) {
            return switch (column.type()) {
                case FLOAT -> CodeBlock.of("Float.compare($L.$N, $L.$N) == 0", left, n, right, n);
                case DOUBLE -> CodeBlock.of("Double.compare($L.$N, $L.$N) == 0", left, n, right, n);
                default -> CodeBlock.of("$L.$N == $L.$N", left, n, right, n);
            };
        }
        return CodeBlock.of("$T.equals($L.$N, $L.$N)", Objects.class, left, n, right, n);
    }

    static CodeBlock hashTerm(Column column) {
        String n = column.accessorName();
        if (column.type() == ColumnType.BYTES) {
            return CodeBlock.of("$T.hashCode($N)", Arrays.class, n);
        }
        if (column.primitive()) {
            return switch (column.type()) {
                case BOOLEAN -> CodeBlock.of("Boolean.hashCode($N)", n);
                case SHORT -> CodeBlock.of("Short.hashCode($N)", n);
                case INT -> CodeBlock.of("Integer.hashCode($N)", n);
                case LONG -> CodeBlock.of("Long.hashCode($N)", n);
                case FLOAT -> CodeBlock.of("Float.hashCode($N)", n);
                case DOUBLE -> CodeBlock.of("Double.hashCode($N)", n);
                default -> throw new IllegalStateException("no primitive " + column.type());
            };
        }
        return CodeBlock.of("$T.hashCode($N)", Objects.class, n);
    }

    static CodeBlock toStringTerm(Column column) {
        if (column.type() == ColumnType.BYTES) {
            return CodeBlock.of("$T.toString($N)", Arrays.class, column.accessorName());
        }
        return CodeBlock.of("$N", column.accessorName());
    }
}
