package dev.joinwright;

/**
 * One way a live database differs from the schema a generated schema class describes, as found by
 * its {@code validate(db)}: a missing table or column, a column of another type or nullability, a
 * primary key, FK, unique constraint or index that is missing, different or not declared.
 *
 * @param table the table, as the schema names it
 * @param element what differs: {@code table}, {@code column title}, {@code foreign key (owner_id)}, …
 * @param expected what the schema declares, or {@code "absent"}
 * @param found what the database's catalog says, or {@code "absent"}
 */
public record SchemaDifference(String table, String element, String expected, String found) {
    /** The word for an element one side does not have. */
    public static final String ABSENT = "absent";

    /** {@code table course, column title: expected NOT NULL, found NULL}. */
    @Override
    public String toString() {
        return "table " + table + (element.equals("table") ? "" : ", " + element) + ": expected " + expected
                + ", found " + found;
    }
}
