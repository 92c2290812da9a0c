package cn.courts.enforcement.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The caller is logged in but may not do this; the reason is shown to the user (Chinese). */
public class ForbiddenException extends ResponseStatusException {

    public ForbiddenException(String reasonZh) {
        super(HttpStatus.FORBIDDEN, reasonZh);
    }
}
