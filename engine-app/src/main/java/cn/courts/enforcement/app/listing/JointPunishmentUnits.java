package cn.courts.enforcement.app.listing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Optional;

/**
 * The joint-punishment units (联合惩戒单位) a listing is pushed to (法释〔2017〕7号 第八条) and their
 * addresses for notices, from {@code enforcement.listing.joint-punishment-units}. The push itself goes
 * through the external task {@value JointPunishmentTopic#TOPIC}; the addresses are where the removal
 * notices go (2016 中办国办意见 四（二）4: the units the list was pushed to are notified).
 */
@ConfigurationProperties("enforcement.listing")
record JointPunishmentUnits(List<Unit> jointPunishmentUnits) {

    JointPunishmentUnits {
        jointPunishmentUnits = jointPunishmentUnits == null ? List.of() : List.copyOf(jointPunishmentUnits);
    }

    record Unit(String code, String name, String email) {
    }

    Optional<Unit> find(String code) {
        return jointPunishmentUnits.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
