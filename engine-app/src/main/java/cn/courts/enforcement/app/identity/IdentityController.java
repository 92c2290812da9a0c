package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.court.Court;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "identity", description = "who am I, and the courts I may see")
class IdentityController {

    private final CourtDirectory courts;

    IdentityController(CourtDirectory courts) {
        this.courts = courts;
    }

    record CourtView(String id, String name, String shortName, String level, String levelZh, String parentId,
                     String caseCode) {
        static CourtView of(Court court) {
            return new CourtView(court.id(), court.name(), court.shortName(), court.level().name(),
                    court.level().nameZh(), court.parentId(), court.caseCode());
        }
    }

    record RoleView(String groupId, String nameZh) {
    }

    record MeView(String userId, List<CourtView> courts, List<RoleView> roles, boolean admin) {
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in user with court and roles")
    MeView me(CurrentUser user) {
        List<CourtView> own = user.courtIds().stream().flatMap(id -> courts.find(id).stream()).map(CourtView::of).toList();
        List<RoleView> roles = user.groupIds().stream()
                .flatMap(g -> RoleGroup.ofGroupId(g).stream())
                .map(r -> new RoleView(r.groupId(), r.nameZh()))
                .toList();
        return new MeView(user.userId(), own, roles, user.isAdmin());
    }

    @GetMapping("/courts")
    @Operation(summary = "The courts the user may see: all for admins, the own court otherwise")
    List<CourtView> courts(CurrentUser user) {
        return courts.all().stream().filter(c -> user.mayAccessCourt(c.id())).map(CourtView::of).toList();
    }
}
