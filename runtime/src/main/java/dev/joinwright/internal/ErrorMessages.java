package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table, constraint and column names out of each driver's constraint-violation messages.
 * The patterns follow the English server messages of H2 2.x, PostgreSQL 12+ (with
 * {@code lc_messages} in English), MySQL 8 / MariaDB 10+ and SQLite 3.x; a message that does not
 * match simply yields no names.
 */
final class ErrorMessages {
    /** The names found in one message; each may be {@code null}. */
    static final class Names {
        static final Names NONE = new Names(null, null, null);
        final String table;
        final String constraint;
        final String column;

        Names(String table, String constraint, String column) {
            this.table = table;
            this.constraint = constraint;
            this.column = column;
        }

        String summary() {
            StringBuilder sb = new StringBuilder();
            append(sb, "table", table);
            append(sb, "constraint", constraint);
            append(sb, "column", column);
            return sb.length() == 0 ? "" : " (" + sb + ")";
        }

        private static void append(StringBuilder sb, String label, String value) {
            if (value != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(label).append(' ').append(value);
            }
        }
    }

    // PostgreSQL
    private static final Pattern PG_CONSTRAINT = Pattern.compile("constraint \"((?:[^\"]|\"\")+)\"");
    private static final Pattern PG_CONSTRAINT_ON_TABLE =
            Pattern.compile("constraint \"(?:[^\"]|\"\")+\" on table \"((?:[^\"]|\"\")+)\"");
    private static final Pattern PG_ON_TABLE = Pattern.compile("on table \"((?:[^\"]|\"\")+)\"");
    private static final Pattern PG_RELATION = Pattern.compile("for relation \"((?:[^\"]|\"\")+)\"");
    /** The Detail pgjdbc renders for a unique violation: {@code Key (email)=(a@example.com) already exists.} */
    private static final Pattern PG_KEY_COLUMN = Pattern.compile("Detail: Key \\(([^,()]+)\\)=");
    private static final Pattern PG_NOT_NULL =
            Pattern.compile("column \"((?:[^\"]|\"\")+)\" of relation \"((?:[^\"]|\"\")+)\"");
    // MySQL / MariaDB
    private static final Pattern MY_FK =
            Pattern.compile("\\(`(?:[^`]|``)*`\\.`((?:[^`]|``)*)`, CONSTRAINT `((?:[^`]|``)*)`");
    private static final Pattern MY_UNIQUE = Pattern.compile("for key '((?:[^']|'')*)'");
    private static final Pattern MY_NOT_NULL = Pattern.compile("(?:Column|Field) '((?:[^']|'')*)'");
    private static final Pattern MY_VALUE = Pattern.compile("for column '((?:[^']|'')*)'");
    private static final Pattern MY_CHECK_MARIADB = Pattern.compile("CONSTRAINT `((?:[^`]|``)*)` failed for `(?:[^`]|``)*`\\.`((?:[^`]|``)*)`");
    private static final Pattern MY_CHECK_MYSQL = Pattern.compile("Check constraint '((?:[^']|'')*)' is violated");
    // H2
    private static final Pattern H2_FK = Pattern.compile("\"(.+?): (\\S+) FOREIGN KEY");
    private static final Pattern H2_PRIMARY = Pattern.compile("\"PRIMARY KEY ON (\\S+?)\\(");
    private static final Pattern H2_UNIQUE = Pattern.compile("\"(\\S+?) ON (\\S+?)\\(");
    private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_INDEX_[0-9A-F]+$");
    private static final Pattern H2_NOT_NULL = Pattern.compile("for column \"((?:[^\"]|\"\")+)\"");
    private static final Pattern H2_VALUE = Pattern.compile("for column \"(\\S+?)[ \"]");
    private static final Pattern H2_CHECK = Pattern.compile("Check constraint violation: \"(?:([^\":]+): )?");
    // SQLite
    private static final Pattern SQLITE_CHECK = Pattern.compile("CHECK constraint failed: ([^)\\s]+)");
    private static final Pattern SQLITE_COLUMN = Pattern.compile("constraint failed: ([^.\\s)]+)\\.([^,\\s)]+)");

    private ErrorMessages() {}

    static Names parse(Dialect dialect, SqlErrors.Kind kind, String message) {
        switch (kind) {
            case FOREIGN_KEY: case UNIQUE: case NOT_NULL: case CHECK: case CONSTRAINT: case VALUE:
                break;
            default:
                return Names.NONE;
        }
        switch (dialect) {
            case POSTGRESQL: return postgres(kind, message);
            case MYSQL: return mysql(kind, message);
            case H2: return h2(kind, message);
            default: return sqlite(message);
        }
    }

    private static Names postgres(SqlErrors.Kind kind, String message) {
        if (kind == SqlErrors.Kind.VALUE) {
            return Names.NONE; // the server names neither table nor column for 22001/22003
        }
        if (kind == SqlErrors.Kind.CHECK) {
            return new Names(unquote(group(PG_RELATION, message), '"'), unquote(group(PG_CONSTRAINT, message), '"'), null);
        }
        if (kind == SqlErrors.Kind.NOT_NULL) {
            Matcher m = PG_NOT_NULL.matcher(message);
            return m.find() ? new Names(unquote(m.group(2), '"'), null, unquote(m.group(1), '"')) : Names.NONE;
        }
        String constraint = group(PG_CONSTRAINT, message);
        String table = group(PG_CONSTRAINT_ON_TABLE, message);
        if (table == null && kind == SqlErrors.Kind.FOREIGN_KEY) {
            table = group(PG_ON_TABLE, message);
        }
        // The server sends the table of a unique violation as a field of its own, which pgjdbc keeps in
        // PSQLException.getServerErrorMessage() and never renders into the message; the column is in the Detail.
        String column = kind == SqlErrors.Kind.UNIQUE ? group(PG_KEY_COLUMN, message) : null;
        return new Names(unquote(table, '"'), unquote(constraint, '"'), column == null ? null : unquote(column.trim(), '"'));
    }

    private static Names mysql(SqlErrors.Kind kind, String message) {
        if (kind == SqlErrors.Kind.VALUE) {
            return new Names(null, null, unquote(group(MY_VALUE, message), '\''));
        }
        if (kind == SqlErrors.Kind.CHECK) {
            Matcher m = MY_CHECK_MARIADB.matcher(message);
            if (m.find()) {
                return new Names(unquote(m.group(2), '`'), unquote(m.group(1), '`'), null);
            }
            return new Names(null, unquote(group(MY_CHECK_MYSQL, message), '\''), null);
        }
        if (kind == SqlErrors.Kind.FOREIGN_KEY) {
            Matcher m = MY_FK.matcher(message);
            return m.find() ? new Names(unquote(m.group(1), '`'), unquote(m.group(2), '`'), null) : Names.NONE;
        }
        if (kind == SqlErrors.Kind.NOT_NULL) {
            return new Names(null, null, unquote(group(MY_NOT_NULL, message), '\''));
        }
        String key = unquote(group(MY_UNIQUE, message), '\'');
        int dot = key == null ? -1 : key.lastIndexOf('.');
        return dot < 0 ? new Names(null, key, null) // MariaDB: "for key 'name'"
                : new Names(key.substring(0, dot), key.substring(dot + 1), null); // MySQL 8: 'table.name'
    }

    private static Names h2(SqlErrors.Kind kind, String message) {
        Matcher m;
        if (kind == SqlErrors.Kind.FOREIGN_KEY && (m = H2_FK.matcher(message)).find()) {
            return new Names(h2Name(m.group(2)), h2Name(m.group(1)), null);
        }
        if (kind == SqlErrors.Kind.NOT_NULL) {
            return new Names(null, null, unquote(group(H2_NOT_NULL, message), '"'));
        }
        if (kind == SqlErrors.Kind.VALUE) {
            String column = group(H2_VALUE, message);
            return new Names(null, null, column == null ? null : h2Name(column));
        }
        if (kind == SqlErrors.Kind.CHECK) {
            String constraint = group(H2_CHECK, message);
            return new Names(null, constraint == null ? null : h2Name(constraint), null);
        }
        if (kind == SqlErrors.Kind.UNIQUE) {
            if ((m = H2_PRIMARY.matcher(message)).find()) {
                return new Names(h2Name(m.group(1)), null, null);
            }
            if ((m = H2_UNIQUE.matcher(message)).find()) {
                String index = h2Name(m.group(1));
                return new Names(h2Name(m.group(2)), H2_INDEX_SUFFIX.matcher(index).replaceFirst(""), null);
            }
        }
        return Names.NONE;
    }

    private static Names sqlite(String message) {
        String check = group(SQLITE_CHECK, message);
        if (check != null) {
            return new Names(null, check, null);
        }
        Matcher m = SQLITE_COLUMN.matcher(message);
        return m.find() ? new Names(m.group(1), null, m.group(2)) : Names.NONE;
    }

    /** The last segment of an H2 {@code SCHEMA.NAME}, unquoted; H2 doubles quotes inside its messages. */
    private static String h2Name(String qualified) {
        String name = qualified.replace("\"\"", "\"");
        int start = name.endsWith("\"") && name.length() > 1
                ? name.lastIndexOf('"', name.length() - 2)
                : name.lastIndexOf('.') + 1;
        return unquote(name.substring(Math.max(start, 0)), '"');
    }

    private static String group(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String unquote(String name, char quote) {
        if (name == null) {
            return null;
        }
        String q = String.valueOf(quote);
        String body = name.length() >= 2 && name.startsWith(q) && name.endsWith(q) ? name.substring(1, name.length() - 1) : name;
        return body.replace(q + q, q);
    }
}
