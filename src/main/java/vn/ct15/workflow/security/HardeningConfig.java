package vn.ct15.workflow.security;

import org.springframework.beans.factory.annotation.Value;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRegistration;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Servlet filters hardening what Camunda's own webapp filters leave uncovered: security headers
 * on the product's endpoints, a size limit on JSON bodies of the APIs, and a clean 503 while the
 * database is unreachable.
 */
@Configuration(proxyBeanMethods = false)
class HardeningConfig {

  @Bean
  FilterRegistrationBean<ProductHeadersFilter> productHeadersFilter(
      @Value("${camunda.bpm.webapp.header-security.hsts-disabled:true}") boolean hstsDisabled) {
    FilterRegistrationBean<ProductHeadersFilter> registration = new FilterRegistrationBean<>(new ProductHeadersFilter(!hstsDisabled));
    registration.setName("ct15-product-headers");
    registration.addUrlPatterns("/ct15/*");
    return registration;
  }

  /** Vietnamese error answers on every API an official reaches, whoever wrote them (see {@link ErrorBodies}). */
  @Bean
  FilterRegistrationBean<ErrorBodies> errorBodies() {
    FilterRegistrationBean<ErrorBodies> registration = new FilterRegistrationBean<>(new ErrorBodies());
    registration.setName("ct15-error-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/ct15/api/*", "/error");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Ahead of the REST authentication, so an oversized body is refused before any work. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${ct15.security.max-json-body:1MB}") DataSize limit) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit.toBytes()));
    registration.setName("ct15-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** 503 for API calls whose login check meets a database outage (see {@link DatabaseUnavailableFilter}). */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
    FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
    registration.setName("ct15-database-unavailable");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Health details for administrators (see {@link ActuatorCallers}). */
  @Bean
  FilterRegistrationBean<ActuatorCallers> actuatorCallers(Callers callers) {
    FilterRegistrationBean<ActuatorCallers> registration = new FilterRegistrationBean<>(new ActuatorCallers(callers));
    registration.setName("ct15-actuator-callers");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }

  /** Clear 4xx answers for a caller's mistakes on /engine-rest (see {@link ClearRestErrors}). */
  @Bean
  ResourceConfigCustomizer clearRestErrors() {
    return config -> ClearRestErrors.MAPPERS.forEach(config::register);
  }

  /**
   * The same answers on the webapps' engine API ({@code /camunda/api/engine}, what Tasklist and
   * Cockpit call), a Jersey application of its own that the Camunda webapp starter registers as the
   * servlet "Engine Api": given its mappers as an init parameter, after the starter registered it.
   */
  @Bean
  ServletContextInitializer clearWebappErrors() {
    return new OrderedServletContextInitializer(servletContext -> {
      ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
      if (engineApi != null) {
        engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
            String.join(",", ClearRestErrors.MAPPERS.stream().map(Class::getName).toList()));
      }
    });
  }

  /** The name under which the Camunda webapp starter registers the webapps' engine API servlet. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  /** Runs after every other initializer (Camunda's webapp initializer among them). */
  record OrderedServletContextInitializer(ServletContextInitializer initializer)
      implements ServletContextInitializer, Ordered {
    @Override
    public void onStartup(jakarta.servlet.ServletContext servletContext) throws jakarta.servlet.ServletException {
      initializer.onStartup(servletContext);
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
