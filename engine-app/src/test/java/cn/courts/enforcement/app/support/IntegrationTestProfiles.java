package cn.courts.enforcement.app.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Integration tests run the app with the demo data on in-memory H2; the PostgreSQL suite
 * ({@code ./mvnw verify -Ppostgres}) sets {@code -Dit.database=postgres} and the same tests run against
 * the local PostgreSQL server.
 */
public class IntegrationTestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        if ("postgres".equals(System.getProperty("it.database"))) {
            return new String[]{"demo", "it", "postgres", "it-postgres"};
        }
        return new String[]{"demo", "it"};
    }
}
