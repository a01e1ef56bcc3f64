package vn.ct15.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Ct15Application {

  public static void main(String[] args) {
    SpringApplication.run(Ct15Application.class, args);
  }
}
