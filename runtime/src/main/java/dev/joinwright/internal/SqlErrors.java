package dev.joinwright.internal;

import dev.joinwright.CheckViolationException;
import dev.joinwright.ConstraintViolationException;
import dev.joinwright.DataAccessException;
import dev.joinwright.Dialect;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.NotNullViolationException;
import dev.joinwright.PacketTooLargeException;
import dev.joinwright.RetryableException;
import dev.joinwright.TransactionAbortedException;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.ValueOutOfRangeException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates {@link SQLException}s into Joinwright's unchecked hierarchy. Internal: called by the
 * runtime and by generated code only; not part of the public API.
 *
 * <p>The kind is decided by the dialect's vendor codes first and the SQLState second. SQLite's
 * driver reports the primary result code (19) and no SQLState, so its extended result code is read
 * from the message's {@code [SQLITE_CONSTRAINT_FOREIGNKEY]} tag. Batch failures wrap the real error:
 * the {@linkplain SQLException#getNextException() next exceptions} and causes are searched for the
 * first one that says more. The table, constraint and column names come from
 * {@link ErrorMessages}. The translated exception always has the original as its cause.
 */
public final class SqlErrors {
    /** What went wrong, as far as the runtime distinguishes it. */
    enum Kind { FOREIGN_KEY, UNIQUE, NOT_NULL, CHECK, CONSTRAINT, VALUE, ABORTED, PACKET, RETRYABLE, CONNECTION, OTHER }

    private SqlErrors() {}

    /** Translates {@code e}, raised by a database of {@code dialect}. */
    public static DataAccessException translate(SQLException e, Dialect dialect) {
        SQLException specific = e;
        Kind kind = Kind.OTHER;
        for (SQLException candidate : candidates(e)) {
            kind = classify(candidate, dialect);
            if (kind != Kind.OTHER) {
                specific = candidate;
                break;
            }
        }
        if ((kind == Kind.CONNECTION || kind == Kind.OTHER) && mentionsMaxAllowedPacket(e)) {
            kind = Kind.PACKET;
        }
        String message = specific.getMessage();
        ErrorMessages.Names names = ErrorMessages.parse(dialect, kind, message == null ? "" : message);
        String state = specific.getSQLState();
        int code = dialect == Dialect.SQLITE ? sqliteCode(specific) : specific.getErrorCode();
        String text = describe(kind, names, dialect) + ": " + message;
        switch (kind) {
            case FOREIGN_KEY:
                return new ForeignKeyViolationException(text, e, state, code, names.table, names.constraint, names.column);
            case UNIQUE:
                return new UniqueViolationException(text, e, state, code, names.table, names.constraint, names.column);
            case NOT_NULL:
                return new NotNullViolationException(text, e, state, code, names.table, names.constraint, names.column);
            case CHECK:
                return new CheckViolationException(text, e, state, code, names.table, names.constraint, names.column);
            case CONSTRAINT:
                return new ConstraintViolationException(text, e, state, code, names.table, names.constraint, names.column);
            case VALUE:
                return new ValueOutOfRangeException(text, e, state, code, names.table, names.constraint, names.column);
            case ABORTED:
                return new TransactionAbortedException(text, e, state, code, null, null, null);
            case PACKET:
                return new PacketTooLargeException(text, e, state, code, null, null, null);
            case RETRYABLE:
                return new RetryableException(text, e, state, code, null, null, null);
            default:
                return new DataAccessException(text, e, state, code, null, null, null);
        }
    }

    /**
     * Whether the driver said a statement exceeded MySQL/MariaDB's {@code max_allowed_packet}:
     * MariaDB Connector/J wraps its own {@code MaxAllowedPacketException} (an {@code IOException})
     * in a connection exception, so every cause is looked at, not only SQL exceptions.
     */
    private static boolean mentionsMaxAllowedPacket(SQLException e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && message.contains("max_allowed_packet")) {
                return true;
            }
        }
        return false;
    }

    /** {@code e}, its chain of next exceptions, then its chain of SQLException causes. */
    private static List<SQLException> candidates(SQLException e) {
        List<SQLException> result = new ArrayList<>(4);
        result.add(e);
        for (SQLException next = e.getNextException(); next != null && result.size() < 16; next = next.getNextException()) {
            result.add(next);
        }
        for (Throwable cause = e.getCause(); cause != null && result.size() < 32; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                result.add((SQLException) cause);
            }
        }
        return result;
    }

    static Kind classify(SQLException e, Dialect dialect) {
        Kind byCode = byVendorCode(e, dialect);
        return byCode != Kind.OTHER ? byCode : bySqlState(e.getSQLState());
    }

    private static Kind byVendorCode(SQLException e, Dialect dialect) {
        switch (dialect) {
            case MYSQL:
                return mysql(e.getErrorCode());
            case H2:
                return h2(e.getErrorCode());
            case SQLITE:
                return sqlite(sqliteCode(e));
            default:
                return Kind.OTHER; // pgjdbc reports no vendor codes; its SQLStates are exact
        }
    }

    private static Kind mysql(int code) {
        switch (code) {
            case 1216: case 1217: case 1451: case 1452:
                return Kind.FOREIGN_KEY;
            case 1062: case 1586:
                return Kind.UNIQUE;
            case 1048: case 1364:
                return Kind.NOT_NULL;
            case 3819: case 4025:
                return Kind.CHECK; // MySQL, MariaDB
            case 1406: case 1264: case 1690:
                return Kind.VALUE; // data too long, out of range value, value out of range
            case 1153:
                return Kind.PACKET; // ER_NET_PACKET_TOO_LARGE, when the server gets to say it
            case 1205: case 1213:
                return Kind.RETRYABLE;
            case 1927: case 2006: case 2013:
                return Kind.CONNECTION;
            default:
                return Kind.OTHER;
        }
    }

    private static Kind h2(int code) {
        switch (code) {
            case 23503: case 23506:
                return Kind.FOREIGN_KEY;
            case 23505:
                return Kind.UNIQUE;
            case 23502:
                return Kind.NOT_NULL;
            case 23513: case 23514:
                return Kind.CHECK;
            case 22001: case 22003:
                return Kind.VALUE; // value too long, numeric value out of range
            case 40001: case 50200:
                return Kind.RETRYABLE; // deadlock, lock timeout
            case 90067: case 90098: case 90121:
                return Kind.CONNECTION; // connection broken, database closed
            default:
                return Kind.OTHER;
        }
    }

    private static Kind sqlite(int extendedCode) {
        switch (extendedCode) {
            case 787:
                return Kind.FOREIGN_KEY;
            case 1555: case 2067:
                return Kind.UNIQUE;
            case 1299:
                return Kind.NOT_NULL;
            case 275:
                return Kind.CHECK;
            default:
                if ((extendedCode & 0xff) == 19) {
                    return Kind.CONSTRAINT;
                }
                if ((extendedCode & 0xff) == 5 || (extendedCode & 0xff) == 6) {
                    return Kind.RETRYABLE; // SQLITE_BUSY, SQLITE_LOCKED and their extended codes
                }
                return Kind.OTHER;
        }
    }

    static Kind bySqlState(String state) {
        if (state == null || state.length() < 2) {
            return Kind.OTHER;
        }
        switch (state) {
            case "23503":
                return Kind.FOREIGN_KEY;
            case "23505":
                return Kind.UNIQUE;
            case "23502":
                return Kind.NOT_NULL;
            case "23514":
                return Kind.CHECK;
            case "22001": case "22003":
                return Kind.VALUE;
            case "25P02":
                return Kind.ABORTED; // PostgreSQL: its cause is the earlier failure, not this one
            case "40001": case "40P01": case "55P03":
                return Kind.RETRYABLE;
            case "57P01": case "57P02": case "57P03":
                return Kind.CONNECTION;
            default:
                break;
        }
        String stateClass = state.substring(0, 2);
        if (stateClass.equals("23")) {
            return Kind.CONSTRAINT;
        }
        if (stateClass.equals("40")) {
            return Kind.RETRYABLE;
        }
        return stateClass.equals("08") ? Kind.CONNECTION : Kind.OTHER;
    }

    /**
     * SQLite's extended result code: xerial's message starts with the code's name in brackets,
     * e.g. {@code [SQLITE_CONSTRAINT_FOREIGNKEY]}; without one the primary code is used.
     */
    static int sqliteCode(SQLException e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("[SQLITE_")) {
            int end = message.indexOf(']');
            if (end > 0) {
                int code = SqliteCodes.byName(message.substring(1, end));
                if (code >= 0) {
                    return code;
                }
            }
        }
        return e.getErrorCode();
    }

    private static String describe(Kind kind, ErrorMessages.Names names, Dialect dialect) {
        String what;
        switch (kind) {
            case FOREIGN_KEY: what = "Foreign key violation"; break;
            case UNIQUE: what = "Unique constraint violation"; break;
            case NOT_NULL: what = "Not-null constraint violation"; break;
            case CHECK: what = "Check constraint violation"; break;
            case CONSTRAINT: what = "Constraint violation"; break;
            case VALUE: what = "Value too long or out of range for its column"; break;
            case ABORTED: return "The transaction was aborted by an earlier failed statement; roll it back";
            case PACKET: return "The statement is larger than the server's max_allowed_packet";
            case RETRYABLE: return "Concurrent transaction conflict (deadlock, serialization failure or lock timeout; retry the transaction)";
            case CONNECTION: return "The database connection was lost" + (dialect == Dialect.MYSQL
                    ? " (a statement larger than max_allowed_packet also ends the connection; set maxAllowedPacket"
                            + " in the JDBC URL to have MariaDB Connector/J say so)" : "");
            default: return "Database error";
        }
        return what + names.summary();
    }
}
