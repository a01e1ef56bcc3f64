package vn.ct15.workflow.webapp;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.plan.ThePlan;

/**
 * What the webapps' branding script and the product's plugins show, before anyone logs in: the product's
 * name, the login hint and the plan as texts cite it ("Kế hoạch 77/KH-UBND"). Public by design, no data.
 */
@RestController
class WebappInfoController {

  private final WebappProperties properties;
  private final ThePlan plan;

  WebappInfoController(WebappProperties properties, ThePlan plan) {
    this.properties = properties;
    this.plan = plan;
  }

  @GetMapping("/ct15/api/webapp-info")
  Map<String, String> info() {
    return Map.of("productName", properties.productName(), "loginHint", properties.loginHint(), "plan", plan.reference());
  }
}
