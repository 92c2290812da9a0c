package cn.courts.enforcement.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Authenticates the court API ({@code /api/**}) with HTTP Basic against the engine's own users, the same
 * store Tasklist and {@code /engine-rest} use, and runs the request with the engine authentication set
 * (user, groups, court tenants). Engine calls made by the request are therefore checked by the engine's
 * authorizations and tenant check as well as by the API's own court rules. Paths under
 * {@code /api/public/} need no login.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);
    static final String PUBLIC_PREFIX = "/api/public/";
    /** The group of technical worker accounts (see networksearch.NetworkSearchTopic#WORKER_GROUP_ID). */
    static final String SYSTEM_WORKER_GROUP = "externalworker";

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PUBLIC_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null) {
            unauthorized(response, "需要登录：请使用法院账号和密码（HTTP Basic）。");
            return;
        }
        String userId = credentials[0];
        if (!identityService.checkPassword(userId, credentials[1])) {
            log.info("API login failed for user '{}' from {}", userId, request.getRemoteAddr());
            // the engine also refuses a locked account (after repeated wrong passwords) this way, without saying so
            unauthorized(response, "用户名或密码错误。多次输错后账户会被暂时锁定，请稍候再试。");
            return;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        if (groups.contains(SYSTEM_WORKER_GROUP)) {
            // technical accounts (the network-search connector) belong to every court for /engine-rest;
            // the court API is for people
            log.info("API refused for technical account '{}'", userId);
            forbidden(response);
            return;
        }
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, new CurrentUser(userId, groups, tenants));
        identityService.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void forbidden(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "技术账户不能使用法院业务接口。");
        problem.setTitle("无权限");
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private void unauthorized(HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("未登录");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"court-enforcement\", charset=\"UTF-8\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
