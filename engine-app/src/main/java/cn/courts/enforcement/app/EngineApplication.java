package cn.courts.enforcement.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The court enforcement platform: Camunda 7 engine, Tasklist/Cockpit/Admin, the engine REST API at
 * {@code /engine-rest} and the court API at {@code /api}, sharing one DataSource and one transaction manager.
 */
@SpringBootApplication
@EntityScan(basePackages = "cn.courts.enforcement")
@EnableJpaRepositories(basePackages = "cn.courts.enforcement.app")
@EnableScheduling
@ConfigurationPropertiesScan
public class EngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(EngineApplication.class, args);
    }
}
