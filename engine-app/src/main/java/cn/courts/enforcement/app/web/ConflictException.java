package cn.courts.enforcement.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The request clashes with existing records (409), e.g. a case number already filed. */
public class ConflictException extends ResponseStatusException {

    public ConflictException(String reasonZh) {
        super(HttpStatus.CONFLICT, reasonZh);
    }
}
