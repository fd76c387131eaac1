package dev.joinwright;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Base of Joinwright's unchecked exceptions: a database operation failed.
 *
 * <p>The runtime translates every {@link SQLException} into this type or one of its subclasses,
 * looking at the driver's vendor code first and the SQLState second; the original exception is
 * always kept as the {@linkplain #getCause() cause}. Where the driver's message names them,
 * {@link #table()}, {@link #constraint()} and {@link #column()} say what was violated, spelled as
 * the database reports them (H2 reports bare names in upper case).
 *
 * <p>Subclasses: {@link ConstraintViolationException} (with {@link ForeignKeyViolationException},
 * {@link UniqueViolationException}, {@link NotNullViolationException}), {@link NotFoundException}
 * and {@link RetryableException}.
 */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int vendorCode;
    private final String table;
    private final String constraint;
    private final String column;

    /** An exception with a message and no database details. */
    public DataAccessException(String message) {
        this(message, null, null, 0, null, null, null);
    }

    /**
     * An exception caused by {@code cause}; when that is a {@link SQLException} its SQLState and
     * vendor code are kept.
     */
    public DataAccessException(String message, Throwable cause) {
        this(message, cause, stateOf(cause), codeOf(cause), null, null, null);
    }

    /**
     * An exception with every detail given; {@code null} stands for "not reported".
     *
     * @param vendorCode the driver's vendor code, or 0; for SQLite the extended result code
     */
    public DataAccessException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.table = table;
        this.constraint = constraint;
        this.column = column;
    }

    /** The SQLState of the translated exception, if the driver set one (SQLite's does not). */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * The vendor error code ({@link SQLException#getErrorCode()}), or 0. For SQLite it is the
     * extended result code (787 for a foreign-key violation) rather than the primary code 19.
     */
    public int vendorCode() {
        return vendorCode;
    }

    /** The table the violated constraint belongs to, if the driver's message names it. */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /** The name of the violated constraint or index, if the driver's message names it. */
    public Optional<String> constraint() {
        return Optional.ofNullable(constraint);
    }

    /** The column concerned (for example the one that must not be null), if the driver names it. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    private static String stateOf(Throwable cause) {
        return cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
    }

    private static int codeOf(Throwable cause) {
        return cause instanceof SQLException ? ((SQLException) cause).getErrorCode() : 0;
    }
}
