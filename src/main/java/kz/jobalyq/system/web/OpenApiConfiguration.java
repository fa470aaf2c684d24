package kz.jobalyq.system.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of our JSON API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}).
 * Camunda's own REST API ({@code /engine-rest}) is described by Camunda, not here.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Jobalyq API", version = "1", description = """
    The platform's JSON API under /api. Every call except /api/public/** needs HTTP Basic with a Camunda user; \
    groups are the role ids of the regulation. · Jobalyq платформасының JSON API-і: /api/public/** басқа \
    барлық шақыру HTTP Basic арқылы (Camunda пайдаланушысы) кіруді талап етеді."""))
@SecurityScheme(name = OpenApiConfiguration.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
    description = "A Camunda user and password. · Camunda пайдаланушысы мен құпиясөзі.")
public class OpenApiConfiguration {

  /** The name of the HTTP Basic scheme, for {@code @SecurityRequirement} on controllers. */
  public static final String BASIC_AUTH = "basicAuth";
}
