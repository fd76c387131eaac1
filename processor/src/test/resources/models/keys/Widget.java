package keys;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;

/**
 * Mixed-case explicit names, the generated key among them: quoted everywhere, kept as written; and
 * enum columns (stored by name through the DAO's enum codec), one NOT NULL, one nullable.
 */
@Entity(table = "Widgets")
public interface Widget {
    enum Shape { ROUND, SQUARE }

    @Id @Column(name = "WidgetId") long id();

    @Column(name = "DisplayName") String displayName();

    Shape shape();

    @Nullable Shape spare();
}
