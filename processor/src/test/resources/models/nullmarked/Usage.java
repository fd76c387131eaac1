package nullmarked;

import dev.joinwright.Database;

/** Code a NullAway user writes against the generated API: it must build without a nullness error. */
public final class Usage {
    private Usage() {}

    /** Reads and writes nullable and non-null columns. */
    public static int use(Database db) {
        PersonDao people = new PersonDao(db);
        PersonRecord ada = people.insert(PersonRecord.builder().name("Ada").nickname(null).teamId(null).build());
        PersonRecord renamed = ada.withNickname(null).withName("Ada L.");
        String nickname = renamed.nickname();
        int length = nickname == null ? 0 : nickname.length();
        people.setTeam(renamed, null);
        return length + renamed.name().length() + people.findAll().size();
    }
}
