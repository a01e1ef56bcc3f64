package vn.ct15.workflow.security;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the prod profile, refuses to start while no administrator password is given or while any
 * user can still log in with the demo password. Runs inside the engine's start-up, before the
 * web server opens.
 */
@Component
@Profile("prod")
class ProductionGuard extends AbstractProcessEnginePlugin {

  static final String DEMO_PASSWORD = "demo";
  private static final int PAGE = 500;

  private final Environment environment;
  private ProcessEngineConfigurationImpl configuration;

  ProductionGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (password == null || password.isBlank() || DEMO_PASSWORD.equals(password)) {
      throw new InsecureConfigurationException(
          "Hồ sơ prod không khởi động: chưa đặt mật khẩu quản trị (CT15_ADMIN_PASSWORD), hoặc mật khẩu là 'demo'. "
              + "The prod profile refuses to start without an administrator password other than 'demo'.",
          "Đặt biến môi trường CT15_ADMIN_PASSWORD (và CT15_ADMIN_USER nếu cần) rồi khởi động lại. "
              + "Set CT15_ADMIN_PASSWORD and start again.");
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    List<String> withDemoPassword = usersWithDemoPassword(processEngine);
    if (!withDemoPassword.isEmpty()) {
      throw new InsecureConfigurationException(
          "Hồ sơ prod không khởi động: " + withDemoPassword.size() + " người dùng còn mật khẩu 'demo' (ví dụ: "
              + String.join(", ", withDemoPassword.subList(0, Math.min(5, withDemoPassword.size())))
              + "). The prod profile refuses to start while any user still has the password 'demo'.",
          "Đổi mật khẩu hoặc xóa các tài khoản này trong Camunda Admin (hồ sơ demo), rồi khởi động lại với hồ sơ prod. "
              + "Change or delete these users' passwords, then start again.");
    }
  }

  /** Compares hashes directly: identityService.checkPassword would count failed logins against every user. */
  private List<String> usersWithDemoPassword(ProcessEngine engine) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      var found = new java.util.ArrayList<String>();
      int first = 0;
      List<User> page;
      do {
        page = engine.getIdentityService().createUserQuery().orderByUserId().asc().listPage(first, PAGE);
        for (User user : page) {
          if (user instanceof UserEntity entity && entity.getPassword() != null
              && configuration.getPasswordManager().check(EncryptionUtil.saltPassword(DEMO_PASSWORD, entity.getSalt()), entity.getPassword())) {
            found.add(user.getId());
          }
        }
        first += PAGE;
      } while (page.size() == PAGE);
      return found;
    });
  }
}
