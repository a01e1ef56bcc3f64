package vn.ct15.workflow.form;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Components a feature writes into one of the product's forms when the forms are deployed
 * ({@link PlanTextsAtDeployment}), from its own data file: the periodic report's figures, for
 * instance, come from the indicator file, so that editing that file changes the form of the next
 * cycle. A Spring bean; the components are Camunda Forms (form-js) JSON and may use
 * {@code {{names.…}}}.
 */
public interface FormContribution {

  /** The form it writes into. */
  String formId();

  /** The id of the component after which its components go. */
  String after();

  /** Its components, in order. */
  ArrayNode components();
}
