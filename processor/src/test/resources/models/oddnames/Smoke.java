package oddnames;

import dev.joinwright.Database;
import java.util.List;
import java.util.function.Function;

/** Creates, inserts, reads back and navigates every odd name; the test runs it on each database. */
public final class Smoke implements Function<Database, String> {
    @Override
    public String apply(Database db) {
        KeyDao keys = new KeyDao(db);
        PsDao pss = new PsDao(db);
        TargetsDao targets = new TargetsDao(db);
        A_ItemDao aItems = new A_ItemDao(db);
        B_ItemDao bItems = new B_ItemDao(db);
        KeyRecord key = keys.insert(KeyRecord.builder2().builder("b").toBuilder("tb").h(true)
                .portion("p").escape("e").build());
        KeyRecord copy = key.toBuilder2().h(false).build();
        PsRecord ps = pss.insert(PsRecord.builder().id(7).h("x").keyId(key.id()).build());
        TargetsRecord target = targets.insert(TargetsRecord.builder().h(new byte[] {1, 2}).build());
        keys.linkCount(key, target);
        aItems.insert(A_ItemRecord.builder().ownerId(key.id()).build());
        bItems.insert(B_ItemRecord.builder().ownerId(key.id()).build());
        bItems.insert(B_ItemRecord.builder().ownerId(key.id()).build());
        KeyRecord read = keys.findById(key.id()).orElseThrow();
        List<String> out = List.of(
                "key=" + read.builder() + "," + read.toBuilder() + "," + read.h() + "," + read.portion() + "," + read.escape(),
                "hashDiffers=" + (key.hashCode() != copy.hashCode()),
                "psByPk=" + pss.findById(ps.pk()).map(PsRecord::h).orElse("-"),
                "psById=" + pss.findById2(7).map(PsRecord::h).orElse("-"),
                "psHashUsesH=" + (ps.hashCode() != ps.withH("y").hashCode()),
                "update=" + keys.update2(key).size(),
                "select=" + pss.select(ps).portion(),
                "count=" + keys.count(key).size() + "/" + keys.count(),
                "findAll=" + targets.findAll(target).size() + "/" + targets.findAll().size(),
                "items=" + keys.items(key).size() + ",Items=" + keys.Items(key).size(),
                "eager=" + keys.findAll(KeyDao.Fetch.UPDATE, KeyDao.Fetch.ITEMS, KeyDao.Fetch.ITEMS2).get(0).Items().size(),
                "selectJoined=" + pss.findAll(PsDao.Fetch.SELECT).get(0).select().builder(),
                "byPortion=" + keys.findByPortion("p").isPresent());
        return String.join("\n", out);
    }
}
