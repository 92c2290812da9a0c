package cn.courts.enforcement.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A well-formed request that a legal rule refuses (422), e.g. an extension requested too late. */
public class RuleViolationException extends ResponseStatusException {

    public RuleViolationException(String reasonZh) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, reasonZh);
    }
}
