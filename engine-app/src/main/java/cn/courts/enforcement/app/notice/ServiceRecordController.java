package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The service register across all courts, for administrators who watch mail delivery (what is stuck,
 * what is UNCERTAIN and has to be checked by hand). A case's own register belongs to the case API.
 */
@RestController
@RequestMapping("/api/admin/service-records")
@Tag(name = "notice", description = "the service register (送达记录) and mail delivery")
class ServiceRecordController {

    private static final int MAX_PAGE_SIZE = 200;

    private final ServiceRecordRepository records;

    ServiceRecordController(ServiceRecordRepository records) {
        this.records = records;
    }

    record ServiceRecordView(long id, Long caseId, String courtId, String recipientKind, String recipientKindZh,
                             String recipientName, String recipientAddress, String document, String subject,
                             String body, String messageId, String status, String statusZh, int attempts,
                             Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
        static ServiceRecordView of(ServiceRecord r) {
            return new ServiceRecordView(r.getId(), r.getCaseId(), r.getCourtId(), r.getRecipientKind().name(),
                    r.getRecipientKind().nameZh(), r.getRecipientName(), r.getRecipientAddress(), r.getDocument(),
                    r.getSubject(), r.getBody(), r.getMessageId(), r.getStatus().name(), r.getStatus().nameZh(),
                    r.getAttempts(), r.getNextAttemptAt(), r.getLastError(), r.getCreatedAt(), r.getSentAt());
        }
    }

    /** A page of the register; our own shape, as Spring Data's PageImpl has no stable JSON form. */
    record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping
    @Operation(summary = "The service register of all courts, newest first (admins); filter by case and status")
    PageView<ServiceRecordView> list(CurrentUser user,
                                     @RequestParam(required = false) Long caseId,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有系统管理员可以查看全部送达记录。");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "分页参数无效：page 不能小于 0，size 应在 1 到 " + MAX_PAGE_SIZE + " 之间。");
        }
        Specification<ServiceRecord> filter = (root, query, cb) -> cb.conjunction();
        if (caseId != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("caseId"), caseId));
        }
        if (status != null && !status.isBlank()) {
            ServiceRecord.Status wanted = parseStatus(status);
            filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
        }
        Page<ServiceRecord> found = records.findAll(filter,
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new PageView<>(found.getContent().stream().map(ServiceRecordView::of).toList(),
                found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    private static ServiceRecord.Status parseStatus(String status) {
        try {
            return ServiceRecord.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "未知的送达状态：" + status + "。可选："
                    + Arrays.toString(ServiceRecord.Status.values()));
        }
    }
}
