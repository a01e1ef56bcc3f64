package vn.ct15.workflow.webapp;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/** The Cockpit address a process instance id is appended to, as this deployment serves Cockpit. */
@Component
public class CockpitLinks {

  private final String instancePath;

  CockpitLinks(ProcessEngine engine, CamundaBpmProperties camunda) {
    this.instancePath = camunda.getWebapp().getApplicationPath() + "/app/cockpit/" + engine.getName() + "/#/process-instance/";
  }

  public String instanceUrl(HttpServletRequest request) {
    return request.getContextPath() + instancePath;
  }
}
