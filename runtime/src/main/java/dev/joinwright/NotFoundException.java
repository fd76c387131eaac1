package dev.joinwright;

/**
 * An update or delete by id matched no row, when the caller asked for exactly one (generated DAO
 * methods throw it; they do not translate it from a {@link java.sql.SQLException}).
 */
public class NotFoundException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was looked for, e.g. {@code "No row in users with id 42"}
     * @param table the table that was searched
     */
    public NotFoundException(String message, String table) {
        super(message, null, null, 0, table, null, null);
    }
}
