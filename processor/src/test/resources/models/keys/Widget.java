package keys;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;

/** Mixed-case explicit names, the generated key among them: quoted everywhere, kept as written. */
@Entity(table = "Widgets")
public interface Widget {
    @Id @Column(name = "WidgetId") long id();

    @Column(name = "DisplayName") String displayName();
}
