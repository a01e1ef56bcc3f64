package vn.ct15.workflow.webapp;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the webapps' branding script shows before anyone logs in: public by design, no data. */
@RestController
class WebappInfoController {

  private final WebappProperties properties;

  WebappInfoController(WebappProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/ct15/api/webapp-info")
  Map<String, String> info() {
    return Map.of("productName", properties.productName(), "loginHint", properties.loginHint());
  }
}
