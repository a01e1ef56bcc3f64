package vn.ct15.workflow.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
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

  /** Clear 4xx answers for a caller's mistakes on /engine-rest (see {@link ClearRestErrors}). */
  @Bean
  ResourceConfigCustomizer clearRestErrors() {
    return config -> config.register(ClearRestErrors.ForRestException.class)
        .register(ClearRestErrors.ForProcessEngineException.class)
        .register(ClearRestErrors.ForNullValueException.class);
  }
}
