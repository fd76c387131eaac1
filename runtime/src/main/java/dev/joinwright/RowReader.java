package dev.joinwright;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set into a value. Every generated DAO has one for its rows
 * that reads <b>by column label</b> ({@code XDao.rowReader()}), so that hand-written SQL beside the
 * DAOs can map its results without knowing the order of the columns:
 *
 * <pre>{@code
 * UserDao users = new UserDao(db);
 * RowReader<UserRecord> reader = users.rowReader();
 * String sql = "SELECT " + users.columnList() + " FROM users WHERE name LIKE ? ORDER BY name";
 * db.withConnection(connection -> {
 *     try (PreparedStatement ps = connection.prepareStatement(sql)) {
 *         db.codecs().string().set(ps, 1, "A%");
 *         try (ResultSet rs = ps.executeQuery()) {
 *             List<UserRecord> found = new ArrayList<>();
 *             while (rs.next()) {
 *                 found.add(reader.read(rs));
 *             }
 *             return found;
 *         }
 *     }
 * });
 * }</pre>
 *
 * @param <T> the type a row is read into
 */
@FunctionalInterface
public interface RowReader<T> {
    /**
     * Reads the row {@code rs} is on; does not move the cursor.
     *
     * @throws SQLException if the driver cannot read a column
     * @throws UnreadableValueException if a stored value is not one of the column's Java type
     * @throws DataAccessException if a column the reader needs is not in the result
     */
    T read(ResultSet rs) throws SQLException;
}
