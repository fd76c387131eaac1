package dev.joinwright;

/**
 * A statement with its bound values was larger than the server accepts (MySQL/MariaDB's
 * {@code max_allowed_packet}). MariaDB Connector/J detects it before sending only when the JDBC
 * URL sets {@code maxAllowedPacket}; without it the server drops the connection and the driver can
 * only report a lost connection (a {@link DataAccessException} whose message says so).
 */
public class PacketTooLargeException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public PacketTooLargeException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
