package vn.ct15.workflow.periodicreport;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plain-text report drafts ({@code templates/report/*.txt}), so their wording is edited without code. */
@Configuration(proxyBeanMethods = false)
class ReportTemplateConfig {

  @Bean
  ClassLoaderTemplateResolver reportTextTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("report/*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setOrder(1);
    return resolver;
  }
}
