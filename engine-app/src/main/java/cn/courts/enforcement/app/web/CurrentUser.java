package cn.courts.enforcement.app.web;

import cn.courts.enforcement.app.platform.RoleGroup;

import java.util.List;

/**
 * The authenticated caller of the court API: who, with which roles, in which court (tenant). Resolved
 * once per request by {@link ApiAuthenticationFilter}; controllers take it as a method argument.
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> courtIds) {

    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    public CurrentUser {
        groupIds = List.copyOf(groupIds);
        courtIds = List.copyOf(courtIds);
    }

    public boolean isAdmin() {
        return groupIds.contains(RoleGroup.ADMIN.groupId());
    }

    public boolean hasRole(RoleGroup role) {
        return groupIds.contains(role.groupId());
    }

    /** Whether the user may see and act on the records of the court: members of the court, and admins. */
    public boolean mayAccessCourt(String courtId) {
        return isAdmin() || courtIds.contains(courtId);
    }
}
