package cn.courts.enforcement.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Not there, or not the caller's to see: another court's case answers 404 as a missing one does, so
 * that case numbers of other courts cannot be probed.
 */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String reasonZh) {
        super(HttpStatus.NOT_FOUND, reasonZh);
    }
}
