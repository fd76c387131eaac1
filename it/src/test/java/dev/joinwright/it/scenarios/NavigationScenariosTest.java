package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.department;
import static dev.joinwright.it.scenarios.Rows.employee;
import static dev.joinwright.it.scenarios.Rows.group;
import static dev.joinwright.it.scenarios.Rows.member;
import static dev.joinwright.it.scenarios.Rows.order;
import static dev.joinwright.it.scenarios.Rows.passport;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.Database;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.harder.DepartmentDao;
import dev.joinwright.it.harder.DepartmentRecord;
import dev.joinwright.it.harder.EmployeeDao;
import dev.joinwright.it.harder.EmployeeRecord;
import dev.joinwright.it.harder.GroupDao;
import dev.joinwright.it.harder.GroupRecord;
import dev.joinwright.it.harder.OrderDao;
import dev.joinwright.it.harder.OrderRecord;
import dev.joinwright.it.harder.PassportDao;
import dev.joinwright.it.harder.PassportRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every navigation kind, from both sides, by record, by key, batched and eager; rendered as one
 * string that must be the same on every database.
 */
@DisplayName("Navigation")
class NavigationScenariosTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());
    @RegisterExtension
    static final Sandboxes HARDER = new Sandboxes(GeneratedSchema.HARDER.setup());

    @OnAllDatabases
    @DisplayName("blog: one-to-many, many-to-one, many-to-many, both sides, batched, eager")
    void blog(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        UserDao users = new UserDao(database);
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);
        UserRecord ada = users.insert(user("ada@nav", "ada"));
        UserRecord bob = users.insert(user("bob@nav", "bob"));
        UserRecord eve = users.insert(user("eve@nav", "eve"));
        List<ContentRecord> posts = contents.insertAll(List.of(content("p1", ada.id()), content("p2", ada.id()),
                content("p3", bob.id())));
        ContentRecord p1 = posts.get(0);
        ContentRecord p2 = posts.get(1);
        ContentRecord p3 = posts.get(2);
        TagRecord java = tags.insert(tag("java"));
        TagRecord sql = tags.insert(tag("sql"));
        TagRecord unused = tags.insert(tag("unused"));
        contents.linkTags(p1, java, sql);
        tags.linkContent(sql, p2);
        Map<Long, String> userNames = Names.ids(List.of(ada, bob, eve), UserRecord::id, UserRecord::name);
        Map<Long, String> postNames = Names.ids(posts, ContentRecord::id, ContentRecord::title);
        Map<Long, String> tagNames = Names.ids(List.of(java, sql, unused), TagRecord::id, TagRecord::name);

        List<String> answers = new ArrayList<>();
        answers.add("content(ada)=" + Names.list(users.content(ada), ContentRecord::title));
        answers.add("content(eve.id)=" + Names.list(users.content(eve.id()), ContentRecord::title));
        answers.add("content(*)=" + Names.map(users.content(List.of(ada, bob, eve)), userNames,
                v -> Names.list(v, ContentRecord::title)));
        answers.add("owner(p3)=" + contents.owner(p3).name());
        answers.add("owner(p1.id)=" + Names.opt(contents.owner(p1.id()), UserRecord::name));
        answers.add("owner(*)=" + Names.map(contents.owner(posts), postNames, UserRecord::name));
        answers.add("tags(p1)=" + Names.list(contents.tags(p1), TagRecord::name));
        answers.add("tags(p3.id)=" + Names.list(contents.tags(p3.id()), TagRecord::name));
        answers.add("tags(*)=" + Names.map(contents.tags(posts), postNames, v -> Names.list(v, TagRecord::name)));
        answers.add("content(sql)=" + Names.list(tags.content(sql), ContentRecord::title));
        answers.add("content(tag*)=" + Names.map(tags.content(List.of(java, sql, unused)), tagNames,
                v -> Names.list(v, ContentRecord::title)));
        answers.add("eager users.content=" + Names.list(users.findAll(UserDao.Fetch.CONTENT),
                u -> u.name() + Names.list(u.content(), c -> c.title())));
        answers.add("eager content.owner=" + Names.list(contents.findAll(ContentDao.Fetch.OWNER),
                c -> c.title() + ":" + c.owner().name()));
        contents.unlinkTags(p1, java);
        contents.replaceTags(p2, List.of(java, unused));
        answers.add("after unlink/replace=" + Names.map(contents.tags(posts), postNames,
                v -> Names.list(v, TagRecord::name)) + " " + Names.map(tags.content(List.of(java, sql, unused)),
                tagNames, v -> Names.list(v, ContentRecord::title)));

        assertEquals(String.join("\n",
                "content(ada)=[p1,p2]",
                "content(eve.id)=[]",
                "content(*)={ada=[p1,p2], bob=[p3], eve=[]}",
                "owner(p3)=bob",
                "owner(p1.id)=ada",
                "owner(*)={p1=ada, p2=ada, p3=bob}",
                "tags(p1)=[java,sql]",
                "tags(p3.id)=[]",
                "tags(*)={p1=[java,sql], p2=[sql], p3=[]}",
                "content(sql)=[p1,p2]",
                "content(tag*)={java=[p1], sql=[p1,p2], unused=[]}",
                "eager users.content=[ada[p1,p2],bob[p3],eve[]]",
                "eager content.owner=[p1:ada,p2:ada,p3:bob]",
                "after unlink/replace={p1=[sql], p2=[java,unused], p3=[]} {java=[p2], sql=[p1], unused=[p2]}"),
                String.join("\n", answers));
    }

    @OnAllDatabases
    @DisplayName("harder: self-reference, one-to-one, two FKs to one table, self many-to-many, reserved names")
    void harder(TestDatabase db) throws Exception {
        Database database = HARDER.of(db).database();
        var users = new dev.joinwright.it.harder.UserDao(database);
        OrderDao orders = new OrderDao(database);
        GroupDao groups = new GroupDao(database);
        DepartmentDao departments = new DepartmentDao(database);
        EmployeeDao employees = new EmployeeDao(database);
        PassportDao passports = new PassportDao(database);

        DepartmentRecord lab = departments.insert(department("lab"));
        EmployeeRecord boss = employees.insert(employee("boss", lab.id(), null));
        EmployeeRecord amy = employees.insert(employee("amy", lab.id(), boss.id()));
        EmployeeRecord zed = employees.insert(employee("zed", lab.id(), boss.id()));
        departments.setHead(lab, boss);
        PassportRecord pass = passports.insert(passport("X1", amy.id()));
        Map<Long, String> staff = Names.ids(List.of(boss, amy, zed), EmployeeRecord::id, EmployeeRecord::name);

        var ann = users.insert(member("ann"));
        var ben = users.insert(member("ben"));
        var cat = users.insert(member("cat"));
        OrderRecord o1 = orders.insert(order("10.00", ann.id(), ben.id()));
        OrderRecord o2 = orders.insert(order("20.00", ann.id(), null));
        users.linkFollowing(ann, ben, cat);
        users.linkFollowers(ann, cat);
        GroupRecord admins = groups.insert(group("admins"));
        GroupRecord devs = groups.insert(group("devs"));
        groups.linkMembers(admins, ann, ben);
        users.linkMemberships(cat, devs);
        Map<Long, String> people = Names.ids(List.of(ann, ben, cat), u -> u.id(), u -> u.name());

        List<String> answers = new ArrayList<>();
        answers.add("manager(amy)=" + Names.opt(employees.manager(amy), EmployeeRecord::name));
        answers.add("manager(boss)=" + Names.opt(employees.manager(boss), EmployeeRecord::name));
        answers.add("manager(*)=" + Names.map(employees.manager(List.of(boss, amy, zed)), staff,
                v -> Names.opt(v, EmployeeRecord::name)));
        answers.add("reports(boss)=" + employees.reports(boss).stream().map(EmployeeRecord::name).toList());
        answers.add("reports(*)=" + Names.map(employees.reports(List.of(boss, amy)), staff,
                v -> Names.list(v, EmployeeRecord::name)));
        answers.add("department(zed)=" + employees.department(zed).name());
        answers.add("employees(lab)=" + Names.list(departments.employees(lab), EmployeeRecord::name));
        answers.add("head(lab)=" + Names.opt(departments.head(lab.id()), EmployeeRecord::name));
        answers.add("passport(*)=" + Names.map(employees.passport(List.of(boss, amy)), staff,
                v -> Names.opt(v, PassportRecord::number)));
        answers.add("employee(X1)=" + passports.employee(pass).name());
        answers.add("customer(o2)=" + orders.customer(o2).name());
        answers.add("reviewer(*)=" + Names.map(orders.reviewer(List.of(o1, o2)),
                Map.of(o1.id(), "o1", o2.id(), "o2"), v -> Names.opt(v, u -> u.name())));
        answers.add("orders(ann)=" + Names.list(users.orders(ann), o -> o.total().toPlainString()));
        answers.add("reviewedOrders(*)=" + Names.map(users.reviewedOrders(List.of(ann, ben)), people,
                v -> Names.list(v, o -> o.total().toPlainString())));
        answers.add("following(*)=" + Names.map(users.following(List.of(ann, ben, cat)), people,
                v -> Names.list(v, u -> u.name())));
        answers.add("followers(*)=" + Names.map(users.followers(List.of(ann, ben, cat)), people,
                v -> Names.list(v, u -> u.name())));
        answers.add("members(*)=" + Names.map(groups.members(List.of(admins, devs)),
                Map.of(admins.id(), "admins", devs.id(), "devs"), v -> Names.list(v, u -> u.name())));
        answers.add("memberships(*)=" + Names.map(users.memberships(List.of(ann, ben, cat)), people,
                v -> Names.list(v, GroupRecord::name)));
        // Eager: to-one fetches are LEFT JOINs (a self-join, a one-to-one, two FKs into "user").
        answers.add("eager employees=" + employees.findAll(EmployeeDao.Fetch.MANAGER, EmployeeDao.Fetch.PASSPORT,
                        EmployeeDao.Fetch.DEPARTMENT, EmployeeDao.Fetch.REPORTS).stream()
                .map(e -> e.name() + "<" + Names.opt(e.manager(), m -> m.name()) + "," + e.department().name()
                        + "," + Names.opt(e.passport(), p -> p.number()) + "," + e.reports().size() + ">")
                .toList());
        answers.add("eager orders=" + orders.findAll(OrderDao.Fetch.CUSTOMER, OrderDao.Fetch.REVIEWER).stream()
                .map(o -> o.total().toPlainString() + "<" + o.customer().name() + "," + Names.opt(o.reviewer(), u -> u.name()) + ">")
                .toList());
        answers.add("eager order o1=" + orders.findById(o1.id(), OrderDao.Fetch.REVIEWER)
                .map(o -> Names.opt(o.reviewer(), u -> u.name())).orElse("missing"));

        assertEquals(String.join("\n",
                "manager(amy)=boss",
                "manager(boss)=-",
                "manager(*)={amy=boss, boss=-, zed=boss}",
                "reports(boss)=[amy, zed]",
                "reports(*)={amy=[], boss=[amy,zed]}",
                "department(zed)=lab",
                "employees(lab)=[amy,boss,zed]",
                "head(lab)=boss",
                "passport(*)={amy=X1, boss=-}",
                "employee(X1)=amy",
                "customer(o2)=ann",
                "reviewer(*)={o1=ben, o2=-}",
                "orders(ann)=[10.00,20.00]",
                "reviewedOrders(*)={ann=[], ben=[10.00]}",
                "following(*)={ann=[ben,cat], ben=[], cat=[ann]}",
                "followers(*)={ann=[cat], ben=[ann], cat=[ann]}",
                "members(*)={admins=[ann,ben], devs=[cat]}",
                "memberships(*)={ann=[admins], ben=[admins], cat=[devs]}",
                "eager employees=[boss<-,lab,-,2>, amy<boss,lab,X1,0>, zed<boss,lab,-,0>]",
                "eager orders=[10.00<ann,ben>, 20.00<ann,->]",
                "eager order o1=ben"),
                String.join("\n", answers));
    }
}
