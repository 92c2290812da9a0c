package cn.courts.enforcement.app.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's roles, each an engine group. Groups are the same in every court; which court's work a
 * member sees is decided by the member's court (engine tenant), never by the group.
 */
public enum RoleGroup {
    /** 执行法官 / 承办人: completes the case's tasks. */
    JUDGE("judge", "执行法官"),
    /** 审批人 (庭长/执行局长): approves listings, terminations and extensions; hears 复议 in a higher court. */
    REVIEWER("reviewer", "审批人（庭长/执行局长）"),
    /** 院领导 (院长/副院长): signs listing decisions, approves extensions and terminations. */
    LEADER("leader", "院领导"),
    /** 执行指挥中心: watches every deadline and receives supervision (督办) tasks. */
    COMMAND_CENTRE("commandcentre", "执行指挥中心"),
    /** 系统管理员: maintains models, users, courts and the holiday table; sees every court. */
    ADMIN("camunda-admin", "系统管理员");

    private final String groupId;
    private final String nameZh;

    RoleGroup(String groupId, String nameZh) {
        this.groupId = groupId;
        this.nameZh = nameZh;
    }

    public String groupId() {
        return groupId;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<RoleGroup> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
