package cn.courts.enforcement.app.models;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.InvalidRequestException;
import cn.courts.enforcement.app.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators' model page's API (docs/admin-guide.md): deployed models and versions, validate, deploy a new
 * version, history and differences, and migration of running instances. Administrators only.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "models", description = "administrators edit, deploy and migrate the BPMN and DMN models")
class AdminModelController {

    private static final Logger log = LoggerFactory.getLogger(AdminModelController.class);
    /** A model file larger than this is not a court process (EnforcementCaseProcess is ~100 KB). */
    private static final int MAX_XML_CHARS = 2_000_000;

    private final ModelDeployments deployments;
    private final ModelMigrations migrations;

    AdminModelController(ModelDeployments deployments, ModelMigrations migrations) {
        this.deployments = deployments;
        this.migrations = migrations;
    }

    record ModelRequest(ModelKind kind, String xml, String comment) {
    }

    record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
    }

    @GetMapping("/models")
    @Operation(summary = "The deployed process and decision definitions with their versions")
    List<ModelDeployments.Model> models(CurrentUser user) {
        requireAdmin(user);
        return deployments.models();
    }

    @GetMapping("/models/definitions/{definitionId}/xml")
    @Operation(summary = "The XML of one deployed version (download=true: as a file to commit into bpmn/)")
    ResponseEntity<String> xml(CurrentUser user, @PathVariable String definitionId,
                               @RequestParam(defaultValue = "false") boolean download) {
        requireAdmin(user);
        String xml = deployments.xml(definitionId);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8));
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(deployments.fileName(definitionId), StandardCharsets.UTF_8).build().toString());
        }
        return response.body(xml);
    }

    @PostMapping("/models/validate")
    @Operation(summary = "Validates a model: the engine's parser and the project's rules; deploys nothing")
    ModelDeployments.Validation validate(CurrentUser user, @RequestBody ModelRequest request) {
        requireAdmin(user);
        checkRequest(request);
        return deployments.validate(request.kind(), request.xml());
    }

    @PostMapping("/models/deployments")
    @Operation(summary = "Deploys a model as a new version of its definition (400 with the problems: nothing deployed)")
    ResponseEntity<ModelDeployments.Deployed> deploy(CurrentUser user, @RequestBody ModelRequest request) {
        requireAdmin(user);
        checkRequest(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(deployments.deploy(request.kind(), request.xml(), request.comment(), user.userId()));
    }

    @GetMapping("/models/{key}/history")
    @Operation(summary = "The versions of a model: who deployed each, when, from where, why")
    List<ModelDeployments.Version> history(CurrentUser user, @PathVariable String key) {
        requireAdmin(user);
        return deployments.history(key);
    }

    @GetMapping("/models/{key}/diff")
    @Operation(summary = "The element ids added, removed and renamed between two versions")
    ModelDeployments.Diff diff(CurrentUser user, @PathVariable String key, @RequestParam int from, @RequestParam int to) {
        requireAdmin(user);
        return deployments.diff(key, from, to);
    }

    @PostMapping("/migrations/plan")
    @Operation(summary = "The migration plan between two versions (equal activity ids), validated; migrates nothing")
    ModelMigrations.Plan plan(CurrentUser user, @RequestBody MigrationRequest request) {
        requireAdmin(user);
        checkRequest(request);
        return migrations.plan(request.sourceDefinitionId(), request.targetDefinitionId(), request.processInstanceIds());
    }

    @PostMapping("/migrations")
    @Operation(summary = "Migrates the running instances of a version (or the listed ones) as an engine batch")
    ResponseEntity<ModelMigrations.Progress> migrate(CurrentUser user, @RequestBody MigrationRequest request) {
        requireAdmin(user);
        checkRequest(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(migrations.start(request.sourceDefinitionId(),
                request.targetDefinitionId(), request.processInstanceIds(), user.userId()));
    }

    @GetMapping("/migrations/{batchId}")
    @Operation(summary = "The progress of a migration: migrated, failed (per instance, with the reason), finished")
    ModelMigrations.Progress progress(CurrentUser user, @PathVariable String batchId) {
        requireAdmin(user);
        return migrations.progress(batchId);
    }

    @GetMapping("/migrations")
    @Operation(summary = "The migrations of a model, newest first")
    List<ModelMigrations.Progress> migrationsOf(CurrentUser user, @RequestParam String key) {
        requireAdmin(user);
        return migrations.migrations(key);
    }

    @ExceptionHandler(ModelDeployments.ModelRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ModelDeployments.ModelRejectedException e) {
        log.info("Model deployment refused: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.detailZh());
        problem.setTitle("模型校验未通过");
        problem.setProperty("problems", e.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ModelMigrations.PlanRejectedException.class)
    ResponseEntity<ProblemDetail> planRejected(ModelMigrations.PlanRejectedException e) {
        log.info("Migration refused: {}", e.getMessage());
        List<String> reasons = new ArrayList<>(e.plan().errors());
        e.plan().unmappedActivities().forEach(u -> reasons.add("活动“" + u.activityId() + "”上有" + u.instances()
                + "个实例，但新版本中没有同一标识的活动。"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "迁移计划无效，未迁移任何实例：" + String.join("；", reasons));
        problem.setTitle("迁移计划无效");
        problem.setProperty("plan", e.plan());
        return ResponseEntity.badRequest().body(problem);
    }

    private static void checkRequest(ModelRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.kind() == null) {
            problems.add(new FieldProblem("kind", "请指明模型类型：BPMN 或 DMN。"));
        }
        if (request == null || request.xml() == null || request.xml().isBlank()) {
            problems.add(new FieldProblem("xml", "模型内容不能为空。"));
        } else if (request.xml().length() > MAX_XML_CHARS) {
            problems.add(new FieldProblem("xml", "模型文件过大（超过" + MAX_XML_CHARS / 1_000_000 + "百万字符）。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static void checkRequest(MigrationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || blank(request.sourceDefinitionId())) {
            problems.add(new FieldProblem("sourceDefinitionId", "请指明源版本。"));
        }
        if (request == null || blank(request.targetDefinitionId())) {
            problems.add(new FieldProblem("targetDefinitionId", "请指明目标版本。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有系统管理员可以修改和部署流程模型。");
        }
    }
}
