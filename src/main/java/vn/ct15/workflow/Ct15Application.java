package vn.ct15.workflow;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.ct15.workflow.backup.RestoreCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Ct15Application {

  /** Runs the application, or with {@code restore <backup.zip> [<folder>]} restores a backup and ends. */
  public static void main(String[] args) {
    if (RestoreCommand.asked(args)) {
      System.exit(RestoreCommand.run(args, System.getenv(),
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)));
    }
    SpringApplication.run(Ct15Application.class, args);
  }
}
