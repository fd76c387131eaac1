package dev.joinwright;

import java.sql.Connection;

/**
 * The isolation level of a Joinwright transaction, one of the four of the SQL standard (see
 * {@link TransactionOptions#isolation(Isolation)}). Each database maps them to what it has: SQLite
 * runs every transaction serializably whatever is asked; H2 and MariaDB and PostgreSQL honour each
 * level (PostgreSQL runs {@code READ_UNCOMMITTED} as {@code READ_COMMITTED}). PostgreSQL sets it
 * for the one transaction ({@code SET TRANSACTION ISOLATION LEVEL}, its first statement), leaving
 * the session's level alone; on the others the connection's level is set for the transaction and
 * set back afterwards.
 */
public enum Isolation {
    /** {@link Connection#TRANSACTION_READ_UNCOMMITTED}. */
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    /** {@link Connection#TRANSACTION_READ_COMMITTED}. */
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    /** {@link Connection#TRANSACTION_REPEATABLE_READ}. */
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    /** {@link Connection#TRANSACTION_SERIALIZABLE}. */
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    Isolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The JDBC constant of this level, for {@link Connection#setTransactionIsolation(int)}. */
    public int jdbcLevel() {
        return jdbcLevel;
    }

    /** The level as SQL names it: {@code READ COMMITTED}, {@code SERIALIZABLE}, ... */
    String sql() {
        return name().replace('_', ' ');
    }
}
