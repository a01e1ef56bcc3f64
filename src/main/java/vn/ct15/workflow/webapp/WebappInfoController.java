package vn.ct15.workflow.webapp;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.ThePlan;

/**
 * What the webapps' branding script and the product's plugins show, before anyone logs in: the product's
 * name, the login hint and the plan as texts cite it ("Kế hoạch 77/KH-UBND"). Public by design, no data.
 * The hint's {@code {ward}} and {@code {coordinator}} are the organisation's first ward's and its
 * coordinator's unit ids, so that its examples are logins of the organisation at hand.
 */
@RestController
class WebappInfoController {

  private final WebappProperties properties;
  private final ThePlan plan;
  private final OrganisationDirectory directory;

  WebappInfoController(WebappProperties properties, ThePlan plan, OrganisationDirectory directory) {
    this.properties = properties;
    this.plan = plan;
    this.directory = directory;
  }

  @GetMapping("/ct15/api/webapp-info")
  Map<String, String> info() {
    String hint = properties.loginHint()
        .replace("{ward}", directory.unitIds(UnitKind.WARD.code()).stream().findFirst().orElse("<mã đơn vị>"))
        .replace("{coordinator}", directory.unitIds(UnitKind.COORDINATOR.code()).stream().findFirst().orElse("<mã đơn vị>"));
    return Map.of("productName", properties.productName(), "loginHint", hint, "plan", plan.reference());
  }
}
