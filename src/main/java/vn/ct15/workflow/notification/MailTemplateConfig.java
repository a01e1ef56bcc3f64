package vn.ct15.workflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain-text templates beside Spring Boot's HTML ones: mail texts ({@code templates/mail/*.txt}) and
 * report drafts ({@code templates/report/*.txt}) and the processes' summaries ({@code templates/summary/*.txt}), so
 * their wording is edited without code.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfig {

  @Bean
  ClassLoaderTemplateResolver textTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("mail/*.txt", "report/*.txt", "summary/*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setOrder(0);
    return resolver;
  }
}
