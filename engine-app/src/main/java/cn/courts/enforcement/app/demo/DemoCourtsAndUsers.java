package cn.courts.enforcement.app.demo;

import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.court.CourtLevel;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.platform.RoleGroup.COMMAND_CENTRE;
import static cn.courts.enforcement.app.platform.RoleGroup.JUDGE;
import static cn.courts.enforcement.app.platform.RoleGroup.LEADER;
import static cn.courts.enforcement.app.platform.RoleGroup.REVIEWER;

/**
 * The demo courts and users (demo profile only; every password is {@value #PASSWORD}). One high court,
 * one intermediate court and two basic courts under it. The README lists the same users: keep both in
 * step (DemoUsersDocumentedTests checks it).
 */
@Component
@Profile("demo")
@Order(20)
class DemoCourtsAndUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    /** A demo user: id, court, Chinese name, title, roles. */
    record DemoUser(String id, String courtId, String name, String title, RoleGroup... roles) {
    }

    static final Court HIGH = new Court("gdgy", "广东省高级人民法院", "广东高院", CourtLevel.HIGH, null, "粤");
    static final Court INTERMEDIATE = new Court("szzy", "广东省深圳市中级人民法院", "深圳中院", CourtLevel.INTERMEDIATE, "gdgy", "粤03");
    static final Court FUTIAN = new Court("szft", "广东省深圳市福田区人民法院", "福田法院", CourtLevel.BASIC, "szzy", "粤0304");
    static final Court LUOHU = new Court("szlh", "广东省深圳市罗湖区人民法院", "罗湖法院", CourtLevel.BASIC, "szzy", "粤0303");

    static final DemoUser[] USERS = {
            new DemoUser("ftjudge1", "szft", "张伟", "执行法官", JUDGE),
            new DemoUser("ftjudge2", "szft", "李娜", "执行法官", JUDGE),
            new DemoUser("ftreviewer", "szft", "王强", "执行局局长", REVIEWER),
            new DemoUser("ftleader", "szft", "刘洋", "副院长", LEADER),
            new DemoUser("ftcommand", "szft", "陈静", "执行指挥中心", COMMAND_CENTRE),
            new DemoUser("lhjudge1", "szlh", "杨帆", "执行法官", JUDGE),
            new DemoUser("lhjudge2", "szlh", "赵敏", "执行法官", JUDGE),
            new DemoUser("lhreviewer", "szlh", "黄磊", "执行局局长", REVIEWER),
            new DemoUser("lhleader", "szlh", "周婷", "副院长", LEADER),
            new DemoUser("lhcommand", "szlh", "吴刚", "执行指挥中心", COMMAND_CENTRE),
            new DemoUser("zyreviewer", "szzy", "徐明", "执行局局长", REVIEWER),
            new DemoUser("zyleader", "szzy", "孙丽", "副院长", LEADER),
            new DemoUser("zycommand", "szzy", "郑涛", "执行指挥中心", COMMAND_CENTRE),
            new DemoUser("gyreviewer", "gdgy", "马超", "执行局局长", REVIEWER),
            new DemoUser("gyleader", "gdgy", "林芳", "副院长", LEADER),
    };

    private final CourtDirectory courts;

    DemoCourtsAndUsers(CourtDirectory courts) {
        this.courts = courts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Court court : new Court[]{HIGH, INTERMEDIATE, FUTIAN, LUOHU}) {
            courts.register(court);
        }
        for (DemoUser user : USERS) {
            courts.ensureUser(user.courtId(), user.id(), user.name(), user.title(), user.id() + "@court.example",
                    PASSWORD, user.roles());
        }
    }
}
