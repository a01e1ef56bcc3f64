package vn.ct15.workflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plain-text mail templates ({@code templates/mail/*.txt}) beside Spring Boot's HTML ones. */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfig {

  @Bean
  ClassLoaderTemplateResolver mailTextTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("mail/*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setOrder(0);
    return resolver;
  }
}
