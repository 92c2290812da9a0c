package cn.courts.enforcement.app.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for integration tests: HTTP Basic calls to {@code /api} and {@code /engine-rest},
 * and a real webapp session (the same login and CSRF handshake Tasklist's browser code performs).
 */
public final class HttpSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String basic;
    private String csrfToken;

    private HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpSession basic(int port, String user, String password) {
        HttpSession session = new HttpSession("http://localhost:" + port);
        session.basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return session;
    }

    public static HttpSession anonymous(int port) {
        return new HttpSession("http://localhost:" + port);
    }

    /** Logs in to a webapp (tasklist, cockpit, admin) the way its login page does; returns the status. */
    public static HttpSession webapp(int port, String app, String user, String password) {
        HttpSession session = new HttpSession("http://localhost:" + port);
        session.get("/camunda/app/" + app + "/default/");
        session.csrfToken = session.cookie("XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("webapp login of " + user + " to " + app + " failed: " + login.statusCode() + " " + login.body());
        }
        // the login renews the session, and with it the CSRF token: the webapp hands out the new one in a cookie
        session.csrfToken = null;
        session.get("/camunda/api/admin/auth/user/default");
        session.csrfToken = session.cookie("XSRF-TOKEN");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with a body of any media type (the content type is sent as given). */
    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
