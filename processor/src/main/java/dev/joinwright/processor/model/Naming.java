package dev.joinwright.processor.model;

import java.util.Locale;

/** Default names: Java names to snake_case, as SQLAlchemy and Room users expect. */
public final class Naming {
    private Naming() {}

    /**
     * {@code InvoiceLine} → {@code invoice_line}, {@code ownerId} → {@code owner_id},
     * {@code HTTPServer} → {@code http_server}, {@code userID} → {@code user_id}.
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean endsAcronym = i > 0
                        && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length()
                        && Character.isLowerCase(javaName.charAt(i + 1));
                if ((afterLowerOrDigit || endsAcronym) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Drops a bean prefix: {@code getName} → {@code name}, {@code isActive} → {@code active}. */
    public static String propertyName(String accessorName) {
        for (String prefix : new String[] {"get", "is"}) {
            if (accessorName.length() > prefix.length()
                    && accessorName.startsWith(prefix)
                    && Character.isUpperCase(accessorName.charAt(prefix.length()))) {
                String rest = accessorName.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return accessorName;
    }

    /** The default column name of an accessor. */
    public static String columnName(String accessorName) {
        return snakeCase(propertyName(accessorName));
    }

    /** {@code content} → {@code Content}, for method names such as {@code linkContent}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code BlogPost} → {@code blogPost}, for parameter names. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The default association-table column that references {@code entity}: {@code <entity>_id}
     * when its key column is {@code id}, else the key column's own name.
     */
    public static String associationColumn(Entity entity) {
        String idColumn = entity.id().map(Column::name).orElse("id");
        return idColumn.equalsIgnoreCase("id") ? snakeCase(entity.simpleName()) + "_id" : idColumn;
    }
}
